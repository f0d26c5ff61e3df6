using System.Diagnostics.Metrics;
using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Tests.Client;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>
/// RedisLiveDataClient shares the core's state and handler owner, so its handlers behave as the other clients' do
/// (see the core's ClientHandlerBehaviourTests): in order, never on the streaming thread, their exceptions never end
/// the stream, and the stream ends only after they saw the last state. Also what it makes of entries that are not the
/// relay's.
/// </summary>
public sealed class RedisClientHandlerBehaviourTests : IDisposable
{
    private const int Messages3 = 3;
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 20, 0, 0, TimeSpan.Zero);
    private readonly Meter _meter = new("test");

    public void Dispose() => _meter.Dispose();

    private RedisGameWriter Writer(IDatabase database) => TestWriters.Create(database, _meter);

    private static byte[] Chart(long seq) => TestWriters.Chart(seq);

    [Fact]
    public async Task ConnectionStateChanged_HandlerBlocksUntilTheStreamHasEveryEvent_TheStreamIsNotHeldByIt()
    {
        await using var redis = await RedisServer.StartAsync();
        using (var writing = await redis.ConnectAsync())
        {
            var writer = Writer(writing.GetDatabase());
            for (var seq = 1; seq <= Messages3; seq++)
            {
                await writer.WriteAsync(Chart(seq), Start.AddSeconds(seq), CancellationToken.None).DefaultTimeout();
            }

            await writer.WriteEndAsync(CancellationToken.None).DefaultTimeout();
        }

        await using var client = RedisClients.Create(redis);
        await HandlerBehaviour.StreamAndCheckAsync(client, Messages3);
    }

    [Fact]
    public async Task StreamAsync_AnEntryThatIsNotTheRelays_IsAnInvalidEventInOrderAndTheStreamGoesOn()
    {
        await using var redis = await RedisServer.StartAsync();
        using (var writing = await redis.ConnectAsync())
        {
            var database = writing.GetDatabase();
            var writer = Writer(database);
            await writer.WriteAsync(Chart(1), Start, CancellationToken.None).DefaultTimeout();
            await database.StreamAddAsync(GameStreams.Keys().Sequenced, "someone", "else", "2-1").DefaultTimeout();
            await writer.WriteAsync(Chart(3), Start.AddSeconds(1), CancellationToken.None).DefaultTimeout();
            await writer.WriteEndAsync(CancellationToken.None).DefaultTimeout();
        }

        await using var client = RedisClients.Create(redis);
        var events = await RedisClients.ReadAllAsync(client);

        events.Select(e => e is InvalidLiveDataEvent ? "invalid" : e.Sequence!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("1", "invalid", "3");
    }

    [Fact]
    public async Task DisposeAsync_WhileReading_EndsTheLoopWithCancellationAndClosesByUser()
    {
        await using var redis = await RedisServer.StartAsync();
        using (var writing = await redis.ConnectAsync())
        {
            await Writer(writing.GetDatabase()).WriteAsync(Chart(1), Start, CancellationToken.None).DefaultTimeout();
        }

        var client = RedisClients.Create(redis);
        var closed = new TaskCompletionSource<LiveDataDisconnectReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ConnectionStateChanged += (_, e) =>
        {
            if (e.State == LiveDataConnectionState.Closed)
            {
                closed.TrySetResult(e.Reason);
            }
        };
        using var first = new SemaphoreSlim(0);
        var reading = Task.Run(async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
                first.Release();
            }
        });
        (await first.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();

        await client.DisposeAsync().AsTask().DefaultTimeout();

        await reading.Awaiting(r => r.DefaultTimeout()).Should().ThrowAsync<OperationCanceledException>();
        (await closed.Task.DefaultTimeout()).Should().Be(LiveDataDisconnectReason.ByUser);
        client.Invoking(c => c.StreamAsync()).Should().Throw<ObjectDisposedException>();
    }
}
