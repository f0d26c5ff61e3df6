using System.Diagnostics.Metrics;
using System.Text;
using ShotTracker.LiveData.Redis.Reading;
using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Reading;

/// <summary>The reader core a Redis-backed client wraps, against a real redis-server.</summary>
public sealed class RedisGameReaderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 20, 0, 0, TimeSpan.Zero);
    private readonly Meter _meter = new("test");

    public void Dispose() => _meter.Dispose();

    private RedisGameWriter Writer(IDatabase database) => TestWriters.Create(database, _meter);

    private static RedisGameReader Reader(IConnectionMultiplexer connection) => new(
        connection, GameStreams.Keys(), ReaderSettings.Default with { BlockTime = TimeSpan.FromMilliseconds(200), RetryDelay = TimeSpan.FromMilliseconds(20) });

    private static byte[] Chart(long seq) => TestWriters.Chart(seq);

    private static byte[] Clock(int second) => Encoding.UTF8.GetBytes($$$"""{"type":"data","source":"clock","data":{"sec":"{{{second}}}"}}""");

    private static byte[] Location(long t) => Encoding.UTF8.GetBytes($$$"""{"type":"data","source":"location","data":{"locations":[{"t":{{{t}}}}]}}""");

    private static async Task<List<RedisStreamEntry>> TakeAsync(IAsyncEnumerator<RedisStreamEntry> reader, int count)
    {
        var taken = new List<RedisStreamEntry>();
        while (taken.Count < count && await reader.MoveNextAsync().AsTask().DefaultTimeout())
        {
            taken.Add(reader.Current);
        }

        return taken;
    }

    [Fact]
    public async Task ReadAsync_FromLastSeq_YieldsTheLaterSequencedMessagesInOrderWithBytesAndReceiveTime()
    {
        await using var redis = await RedisServer.StartAsync();
        using var writing = await redis.ConnectAsync();
        using var reading = await redis.ConnectAsync();
        var writer = Writer(writing.GetDatabase());
        for (var seq = 1; seq <= 6; seq++)
        {
            await writer.WriteAsync(Chart(seq), Start.AddSeconds(seq), CancellationToken.None).DefaultTimeout();
        }

        using var stop = new CancellationTokenSource();
        await using var reader = Reader(reading).ReadAsync(lastSequence: 3, latestFirst: false, stop.Token).GetAsyncEnumerator();
        var entries = await TakeAsync(reader, 3);

        entries.Select(e => e.Sequence).Should().Equal(4L, 5L, 6L);
        entries[0].Message.ToArray().Should().Equal(Chart(4));
        entries[0].ReceivedAt.Should().Be(Start.AddSeconds(4));
        entries.Should().OnlyContain(e => e.IsRelayEntry);
        stop.Cancel();
    }

    [Fact]
    public async Task ReadAsync_EntriesWrittenWhileBlocked_AreYieldedAsTheyArrive()
    {
        await using var redis = await RedisServer.StartAsync();
        using var writing = await redis.ConnectAsync();
        using var reading = await redis.ConnectAsync();
        var writer = Writer(writing.GetDatabase());
        using var stop = new CancellationTokenSource();
        await using var reader = Reader(reading).ReadAsync(lastSequence: null, latestFirst: false, stop.Token).GetAsyncEnumerator();

        var next = reader.MoveNextAsync().AsTask();
        await writer.WriteAsync(Chart(1), Start, CancellationToken.None).DefaultTimeout();
        (await next.DefaultTimeout()).Should().BeTrue();
        reader.Current.Sequence.Should().Be(1);

        next = reader.MoveNextAsync().AsTask();
        await writer.WriteAsync(Clock(30), Start.AddSeconds(1), CancellationToken.None).DefaultTimeout();
        await writer.WriteAsync(Chart(2), Start.AddSeconds(2), CancellationToken.None).DefaultTimeout();
        (await next.DefaultTimeout()).Should().BeTrue();
        var rest = new List<RedisStreamEntry> { reader.Current };
        rest.AddRange(await TakeAsync(reader, 1));
        rest.Select(e => e.Stream).Should().Equal("clock", "seq");
        stop.Cancel();
    }

    [Fact]
    public async Task ReadAsync_LateJoiner_GetsTheNewestSummaryClockAndLocationFirstThenOnlyNewerFrames()
    {
        await using var redis = await RedisServer.StartAsync();
        using var writing = await redis.ConnectAsync();
        using var reading = await redis.ConnectAsync();
        var writer = Writer(writing.GetDatabase());
        await writer.WriteAsync(Clock(10), Start, CancellationToken.None).DefaultTimeout();
        await writer.WriteAsync(Location(1000), Start.AddSeconds(1), CancellationToken.None).DefaultTimeout();
        await writer.WriteAsync(Clock(9), Start.AddSeconds(2), CancellationToken.None).DefaultTimeout();
        await writer.WriteAsync(Location(2000), Start.AddSeconds(3), CancellationToken.None).DefaultTimeout();
        await writer.WriteAsync(Chart(1), Start.AddSeconds(4), CancellationToken.None).DefaultTimeout();

        using var stop = new CancellationTokenSource();
        await using var reader = Reader(reading).ReadAsync(lastSequence: null, latestFirst: true, stop.Token).GetAsyncEnumerator();
        var entries = await TakeAsync(reader, 3);

        entries[0].Message.ToArray().Should().Equal(Clock(9));
        entries[1].Message.ToArray().Should().Equal(Location(2000));
        entries[2].Sequence.Should().Be(1);

        var next = reader.MoveNextAsync().AsTask();
        await writer.WriteAsync(Location(3000), Start.AddSeconds(5), CancellationToken.None).DefaultTimeout();
        (await next.DefaultTimeout()).Should().BeTrue();
        reader.Current.Message.ToArray().Should().Equal(Location(3000), "the older frames are not read again");
        stop.Cancel();
    }

    [Fact]
    public async Task ReadAsync_AnEntryThatIsNotTheRelays_IsYieldedInOrderAndTheReadingGoesOn()
    {
        await using var redis = await RedisServer.StartAsync();
        using var writing = await redis.ConnectAsync();
        using var reading = await redis.ConnectAsync();
        var writer = Writer(writing.GetDatabase());
        await writer.WriteAsync(Chart(1), Start, CancellationToken.None).DefaultTimeout();
        await writing.GetDatabase().StreamAddAsync(GameStreams.Keys().Sequenced, "foreign", "value", "2-0");
        await writer.WriteAsync(Chart(3), Start.AddSeconds(1), CancellationToken.None).DefaultTimeout();

        using var stop = new CancellationTokenSource();
        await using var reader = Reader(reading).ReadAsync(lastSequence: null, latestFirst: false, stop.Token).GetAsyncEnumerator();
        var entries = await TakeAsync(reader, 3);

        entries.Select(e => e.IsRelayEntry).Should().Equal(true, false, true);
        entries[2].Sequence.Should().Be(3);
        stop.Cancel();
    }

    [Fact]
    public async Task ReadAsync_RedisRestarted_GoesOnFromWhereItWasWithoutLossOrRepeat()
    {
        await using var redis = await RedisServer.StartAsync();
        using var writing = await redis.ConnectAsync();
        using var reading = await redis.ConnectAsync();
        var writer = Writer(writing.GetDatabase());
        await writer.WriteAsync(Chart(1), Start, CancellationToken.None).DefaultTimeout();

        using var stop = new CancellationTokenSource();
        await using var reader = Reader(reading).ReadAsync(lastSequence: null, latestFirst: false, stop.Token).GetAsyncEnumerator();
        (await TakeAsync(reader, 1)).Single().Sequence.Should().Be(1);

        await redis.KillAsync();
        var next = reader.MoveNextAsync().AsTask();
        await redis.RestartAsync();
        await writer.WriteAsync(Chart(2), Start.AddSeconds(1), CancellationToken.None).DefaultTimeout();
        (await next.DefaultTimeout()).Should().BeTrue();
        reader.Current.Sequence.Should().Be(2);
        stop.Cancel();
    }
}
