using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>The writer's rules for one message, against a real redis-server.</summary>
public sealed class RedisGameWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 20, 0, 0, TimeSpan.Zero);

    private static (RedisGameWriter Writer, RelayCounters Counters) CreateWriter(StackExchange.Redis.IDatabase database, Meter meter)
    {
        var settings = new RelaySettings("livedata", 1000, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(100), TimeProvider.System);
        var counters = new RelayCounters(meter);
        return (new RedisGameWriter(database, GameStreams.Keys(), settings, counters, NullLogger.Instance), counters);
    }

    private static ReadOnlyMemory<byte> Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public async Task WriteAsync_SameSeqTwice_SecondIsCountedAsDuplicateNotAnError()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var (writer, counters) = CreateWriter(connection.GetDatabase(), meter);
        var message = Utf8("""{"type":"data","source":"chart","seq":7,"data":{"t":1}}""");

        (await writer.WriteAsync(message, Now, CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Written);
        (await writer.WriteAsync(message, Now, CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Duplicate);
        (await writer.WriteAsync(Utf8("""{"type":"data","source":"chart","seq":5,"data":{"t":1}}"""), Now, CancellationToken.None).DefaultTimeout())
            .Should().Be(WriteOutcome.Duplicate, "an older seq is below the stream's top");

        counters.Snapshot().Should().BeEquivalentTo(new LiveDataRedisRelayStatistics { SequencedWritten = 1, SequencedDuplicates = 2 });
        writer.ConfirmedSequence.Should().Be(7);
        var entries = await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced);
        entries.Should().ContainSingle().Which.Id.ToString().Should().Be("7-1");
    }

    [Fact]
    public async Task WriteAsync_SeqZero_IsAValidEntry()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var (writer, _) = CreateWriter(connection.GetDatabase(), meter);

        (await writer.WriteAsync(Utf8("""{"type":"data","source":"marker","seq":0,"data":{}}"""), Now, CancellationToken.None).DefaultTimeout())
            .Should().Be(WriteOutcome.Written);
        writer.ConfirmedSequence.Should().Be(0);
    }

    [Fact]
    public async Task WriteAsync_NonSequencedFrames_IdFromPayloadTimeSameTimeNumberedAndRepeatsSkipped()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var (writer, counters) = CreateWriter(connection.GetDatabase(), meter);
        var players = Utf8("""{"type":"data","source":"location","data":{"locations":[{"t":1000,"type":"PLAYER"},{"t":1005,"type":"PLAYER"}]}}""");
        var ball = Utf8("""{"data":{"locations":[{"t":1005,"type":"BALL"}]},"type":"data","source":"location"}""");
        var older = Utf8("""{"type":"data","source":"location","data":{"locations":[{"t":900,"type":"BALL"}]}}""");

        (await writer.WriteAsync(players, Now, CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Written);
        (await writer.WriteAsync(ball, Now, CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Written, "another frame of the same millisecond");
        (await writer.WriteAsync(players, Now.AddSeconds(1), CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Duplicate);
        (await writer.WriteAsync(older, Now, CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Stale);

        var entries = await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Latest("location"));
        entries.Select(e => e.Id.ToString()).Should().Equal("1005-0", "1005-1");
        GameStreams.Message(entries[1]).Should().Equal(ball.ToArray());
        counters.Snapshot().Should().BeEquivalentTo(new LiveDataRedisRelayStatistics { LatestWritten = 2, LatestDuplicates = 1, LatestStale = 1 });
    }

    [Fact]
    public async Task WriteAsync_ClockFramesWithoutTimestamp_UseReceiveTimeAndSkipARepeatOfTheNewest()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var (writer, counters) = CreateWriter(connection.GetDatabase(), meter);
        var tick = Utf8("""{"type":"data","source":"clock","data":{"min":"9","sec":"59"}}""");

        (await writer.WriteAsync(tick, Now, CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Written);

        // The same frame from a second relay whose host received it 40 ms later, and again after a long outage.
        (await writer.WriteAsync(tick, Now.AddMilliseconds(40), CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Duplicate);
        (await writer.WriteAsync(tick, Now.AddMinutes(5), CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Duplicate);

        var entries = await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Latest("clock"));
        entries.Should().ContainSingle().Which.Id.ToString().Should().Be($"{Now.ToUnixTimeMilliseconds()}-0");
        counters.Snapshot().LatestDuplicates.Should().Be(2);
    }

    [Fact]
    public async Task WriteAsync_UnreadableFrame_IsKeptInTheOtherStream()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var (writer, _) = CreateWriter(connection.GetDatabase(), meter);
        var malformed = Utf8(ShotTracker.LiveData.Testing.EmulatorFaults.MalformedFrame);

        (await writer.WriteAsync(malformed, Now, CancellationToken.None).DefaultTimeout()).Should().Be(WriteOutcome.Written);

        var entries = await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Latest(RedisGameKeys.OtherStreamName));
        GameStreams.Message(entries.Should().ContainSingle().Subject).Should().Equal(malformed.ToArray());
    }

    [Fact]
    public async Task WriteAsync_RedisDown_RetriesUntilItIsBackAndThenWrites()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var (writer, counters) = CreateWriter(connection.GetDatabase(), meter);
        await redis.KillAsync();

        var write = writer.WriteAsync(Utf8("""{"type":"data","source":"chart","seq":3,"data":{}}"""), Now, CancellationToken.None);
        await Eventually.TrueAsync(() => counters.Snapshot().Retries >= 2, "two failed attempts");
        write.IsCompleted.Should().BeFalse("the write waits for Redis instead of giving up");
        await redis.RestartAsync();

        (await write.DefaultTimeout()).Should().Be(WriteOutcome.Written);
        GameStreams.Sequences(await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced)).Should().Equal(3);
    }
}
