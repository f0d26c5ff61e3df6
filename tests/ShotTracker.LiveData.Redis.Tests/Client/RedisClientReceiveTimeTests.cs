using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>
/// A RedisLiveDataClient keeps the time the relay received each message from the service: its recorder records it and
/// its lag metric is measured from it, not from the moment the message was read from Redis.
/// </summary>
public sealed class RedisClientReceiveTimeTests : IDisposable
{
    private const string LagMetric = "shottracker.livedata.message.lag";

    // The client's own clock stands a year after the game: a time taken from it instead of the relay's is obvious.
    private static readonly DateTimeOffset GameTime = new(2026, 12, 6, 20, 0, 0, TimeSpan.Zero);
    private readonly Meter _meter = new("test");

    public void Dispose() => _meter.Dispose();

    [Fact]
    public async Task Recorder_OnTheRedisClient_RecordsEachMessageAtTheTimeTheRelayReceivedIt()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await Emulators.ShortGameAsync(seed: 7);
        await using (var harness = await RelayHarness.StartAsync(emulator, redis))
        {
            await harness.WaitForGamesEndedAsync();
        }

        var stored = await StoredReceiveTimesAsync(redis);
        using var recording = new MemoryStream();
        List<LiveDataEvent> events;
        await using (var recorder = new NdjsonRecorder(recording, leaveOpen: true))
        await using (var client = RedisClients.Create(redis, configure: o =>
        {
            o.Recorder = recorder;
            o.TimeProvider = new FakeTimeProvider(GameTime.AddYears(1));
        }))
        {
            events = await RedisClients.ReadAllAsync(client);
        }

        var recorded = await ReadRecordingAsync(recording);
        recorded.Should().HaveCount(events.Count, "every delivered message is recorded");
        recorded.Should().Contain(r => r.Message.Contains("\"seq\"", StringComparison.Ordinal)).And.Contain(r => !r.Message.Contains("\"seq\"", StringComparison.Ordinal));
        foreach (var (message, receivedAt) in recorded)
        {
            stored.Should().ContainKey(message);
            stored[message].Should().Contain(receivedAt, "the recording has the time the relay stored with the message");
        }
    }

    [Fact]
    public async Task LagMetric_OnTheRedisClient_IsTheRelaysReceiveTimeMinusThePayloadsTime()
    {
        await using var redis = await RedisServer.StartAsync();
        using (var connection = await redis.ConnectAsync())
        {
            var writer = TestWriters.Create(connection.GetDatabase(), _meter);
            await writer.WriteAsync(Chart(1, GameTime), GameTime.AddMilliseconds(1500), CancellationToken.None).DefaultTimeout();
            await writer.WriteAsync(Chart(2, GameTime.AddSeconds(1)), GameTime.AddMilliseconds(1250), CancellationToken.None).DefaultTimeout();
            await writer.WriteEndAsync(CancellationToken.None).DefaultTimeout();
        }

        using var metrics = new MetricRecorder();
        await using var client = RedisClients.Create(redis, configure: o =>
        {
            o.MeterFactory = metrics;
            o.TimeProvider = new FakeTimeProvider(GameTime.AddYears(1));
        });
        var events = await RedisClients.ReadAllAsync(client);

        events.Select(e => e.Sequence).Should().Equal(1L, 2L);
        metrics.Of(LagMetric).Select(m => m.Value).Should().Equal([1.5, 0.25], "the lag is the relay's receive time minus the payload's t");
    }

    private static byte[] Chart(long seq, DateTimeOffset t) => Encoding.UTF8.GetBytes(
        $$$"""{"type":"data","source":"chart","seq":{{{seq}}},"data":{"t":{{{t.ToUnixTimeMilliseconds()}}}}}""");

    /// <summary>The receive time(s) the relay stored with each message of the game, by the message's text.</summary>
    private static async Task<Dictionary<string, List<DateTimeOffset>>> StoredReceiveTimesAsync(RedisServer redis)
    {
        using var connection = await redis.ConnectAsync();
        var keys = GameStreams.Keys();
        var stored = new Dictionary<string, List<DateTimeOffset>>();
        foreach (var key in RedisGameKeys.LatestStreamNames.Append(RedisGameKeys.OtherStreamName).Select(keys.Latest).Append(keys.Sequenced))
        {
            foreach (var entry in await GameStreams.ReadAsync(connection.GetDatabase(), key))
            {
                if (entry[EntryFields.Message].IsNull)
                {
                    continue;
                }

                var message = Encoding.UTF8.GetString(GameStreams.Message(entry));
                var receivedAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)entry[EntryFields.ReceivedAt]!, CultureInfo.InvariantCulture));
                (stored.TryGetValue(message, out var times) ? times : stored[message] = []).Add(receivedAt);
            }
        }

        return stored;
    }

    private static async Task<List<(string Message, DateTimeOffset ReceivedAt)>> ReadRecordingAsync(MemoryStream recording)
    {
        recording.Position = 0;
        using var reader = new NdjsonRecordingReader(recording, leaveOpen: true);
        var lines = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync().AsTask().DefaultTimeout())
        {
            reader.LineError.Should().BeNull();
            lines.Add((Encoding.UTF8.GetString(reader.Message.Span), reader.ReceivedAt!.Value));
        }

        return lines;
    }
}
