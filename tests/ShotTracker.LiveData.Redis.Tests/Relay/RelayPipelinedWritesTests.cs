using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>
/// The relay's recorder pipelines its writes: several in flight on one connection, answers taken in order, a bounded
/// queue that pushes back on the client, and a failure retried from the first write that did not succeed.
/// </summary>
public sealed class RelayPipelinedWritesTests
{
    private const int QueueCapacity = 8;
    private const int InFlight = 4;

    [Fact]
    public async Task RecordAsync_RedisPausesWrites_SendsSeveralAtOnceQueuesUpToTheBoundThenMakesTheClientWait()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var observer = new ListRecorder();
        await using var recorder = new RelayRecorder(Writer(connection, meter), [observer], NullLogger.Instance);

        await PauseWritesAsync(redis);
        for (var seq = 1; seq <= InFlight + QueueCapacity; seq++)
        {
            // Returns once queued, not written: Redis runs no write now. (One at a time, the first would wait here.)
            await recorder.RecordAsync(TestWriters.Chart(seq), DateTimeOffset.UnixEpoch).DefaultTimeout();
            if (seq == InFlight)
            {
                await Eventually.TrueAsync(() => recorder.InFlight == InFlight, "the first writes to be sent without waiting for an answer");
            }
        }

        recorder.InFlight.Should().Be(InFlight, "no more writes than the bound are sent before an answer");
        recorder.Queued.Should().Be(QueueCapacity);
        var pushedBack = recorder.RecordAsync(TestWriters.Chart(InFlight + QueueCapacity + 1), DateTimeOffset.UnixEpoch);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        pushedBack.IsCompleted.Should().BeFalse("a full queue makes the client wait, so memory stays bounded");
        observer.Sequences.Should().BeEmpty("an observer gets a message only once Redis holds it");
        using (var admin = await AdminAsync(redis))
        {
            // Sent before any answer: Redis holds them, unread, in the relay connection's query buffer or as its blocked command.
            (await admin.GetDatabase().StreamLengthAsync(GameStreams.Keys().Sequenced).DefaultTimeout()).Should().Be(0);
            await admin.GetDatabase().ExecuteAsync("CLIENT", "UNPAUSE").DefaultTimeout();
        }

        await pushedBack.DefaultTimeout();
        await recorder.FlushAsync().DefaultTimeout();
        var expected = Enumerable.Range(1, InFlight + QueueCapacity + 1).Select(seq => (long)seq).ToArray();
        var entries = await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced);
        GameStreams.Sequences(entries).Should().Equal(expected);
        entries.Select(GameStreams.Message).Should().BeEquivalentTo(expected.Select(TestWriters.Chart), o => o.WithStrictOrdering(), "each entry holds its message's bytes, not a pooled buffer's");
        observer.Sequences.Should().Equal(expected, "observers get each message in order once Redis holds it");
    }

    [Fact]
    public async Task RecordAsync_FrameSentWhileItsRelaysOwnSeqIsUnanswered_IsWrittenNotStale()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var counters = new RelayCounters(meter);
        await using var recorder = new RelayRecorder(Writer(connection, meter, counters), [], NullLogger.Instance);

        // Both sent before Redis answers the first: when the frame's script runs, Redis already holds this relay's
        // own seq 1, which is not a sign of another relay ahead of this one.
        await PauseWritesAsync(redis);
        await recorder.RecordAsync(TestWriters.Chart(1), DateTimeOffset.UnixEpoch).DefaultTimeout();
        await recorder.RecordAsync(Clock("11:58"), DateTimeOffset.FromUnixTimeMilliseconds(5000)).DefaultTimeout();
        await Eventually.TrueAsync(() => recorder.InFlight == 2, "both writes to be sent without waiting for an answer");
        await UnpauseAsync(redis);

        await recorder.FlushAsync().DefaultTimeout();
        var statistics = counters.Snapshot();
        statistics.LatestStale.Should().Be(0);
        statistics.LatestWritten.Should().Be(1);
        (await connection.GetDatabase().StreamLengthAsync(GameStreams.Keys().Latest(RedisGameKeys.LatestStreamFor("clock")))).Should().Be(1);
    }

    [Fact]
    public async Task RecordAsync_AWriteInFlightFailsWhileAnObserverIsSlow_SendsItAgainBeforeAnythingQueuedAfterIt()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var observer = new GatedRecorder(heldAt: 1);
        await using var recorder = new RelayRecorder(Writer(connection, meter), [observer], NullLogger.Instance);
        var keys = GameStreams.Keys();
        var clock = RedisGameKeys.LatestStreamFor("clock");

        // The first frame's write fails (its seen set has the wrong type, a server error time can fix), answered
        // just after seq 1, whose observer holds the write loop.
        await connection.GetDatabase().StringSetAsync(keys.Seen(clock), "in the way").DefaultTimeout();
        await PauseWritesAsync(redis);
        await recorder.RecordAsync(TestWriters.Chart(1), DateTimeOffset.UnixEpoch).DefaultTimeout();
        await recorder.RecordAsync(Clock("11:58"), DateTimeOffset.FromUnixTimeMilliseconds(5000)).DefaultTimeout();
        await Eventually.TrueAsync(() => recorder.InFlight == 2, "both writes to be sent without waiting for an answer");
        await UnpauseAsync(redis);

        await observer.Held.DefaultTimeout();
        await connection.GetDatabase().KeyDeleteAsync(keys.Seen(clock)).DefaultTimeout();
        await recorder.RecordAsync(Clock("11:57"), DateTimeOffset.FromUnixTimeMilliseconds(6000)).DefaultTimeout();
        observer.Release();

        await recorder.FlushAsync().DefaultTimeout();
        var frames = await GameStreams.ReadAsync(connection.GetDatabase(), keys.Latest(clock));
        frames.Select(GameStreams.Message).Should().BeEquivalentTo(
            [Clock("11:58"), Clock("11:57")], o => o.WithStrictOrdering(), "the failed frame is written again before the one queued after it, which would make it stale");
    }

    [Fact]
    public async Task FlushAsync_RedisLostASeqItAcknowledged_EndsTheWritesInsteadOfWritingAboveTheHole()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var observer = new ListRecorder();
        var recorder = new RelayRecorder(Writer(connection, meter), [observer], NullLogger.Instance);
        var keys = GameStreams.Keys();

        // Redis answers seq 1 (as a duplicate: the stream's last id is 1) but no longer holds it, as after a restart
        // that lost its last writes; seq 2, sent after seq 1 before that answer, then finds its predecessor missing.
        await connection.GetDatabase().StreamAddAsync(keys.Sequenced, "m", "lost", SequenceEntryId.Of(1)).DefaultTimeout();
        await connection.GetDatabase().StreamDeleteAsync(keys.Sequenced, [SequenceEntryId.Of(1)]).DefaultTimeout();
        await PauseWritesAsync(redis);
        await recorder.RecordAsync(TestWriters.Chart(1), DateTimeOffset.UnixEpoch).DefaultTimeout();
        await recorder.RecordAsync(TestWriters.Chart(2), DateTimeOffset.UnixEpoch).DefaultTimeout();
        await Eventually.TrueAsync(() => recorder.InFlight == 2, "both writes to be sent without waiting for an answer");
        await UnpauseAsync(redis);

        // The relay then restarts the game from the newest entry Redis holds, and the service sends seq 1 again.
        await recorder.Invoking(r => r.FlushAsync().DefaultTimeout()).Should().ThrowAsync<RedisLostWritesException>();
        await recorder.Invoking(r => r.RecordAsync(TestWriters.Chart(3), DateTimeOffset.UnixEpoch).DefaultTimeout())
            .Should().ThrowAsync<System.Threading.Channels.ChannelClosedException>("the client's next message ends its stream");
        (await connection.GetDatabase().StreamLengthAsync(keys.Sequenced).DefaultTimeout()).Should().Be(0, "seq 2 is not written above the hole");
        observer.Sequences.Should().Equal([1L], "seq 2 is not in Redis");
        await recorder.DisposeAsync().AsTask().DefaultTimeout();
    }

    private static byte[] Clock(string minutes) =>
        System.Text.Encoding.UTF8.GetBytes($$$"""{"type":"data","source":"clock","data":{"minutes":"{{{minutes}}}"}}""");

    [Fact]
    public async Task RecordAsync_RedisKilledWithWritesInFlight_EveryMessageArrivesOnceAndInOrder()
    {
        const int Count = 60;
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var counters = new RelayCounters(meter);
        var observer = new ListRecorder();
        await using var recorder = new RelayRecorder(Writer(connection, meter, counters), [observer], NullLogger.Instance);
        for (var seq = 1; seq <= 3; seq++)
        {
            await recorder.RecordAsync(TestWriters.Chart(seq), DateTimeOffset.UnixEpoch).DefaultTimeout();
        }

        await Eventually.TrueAsync(() => observer.Sequences.Count == 3, "the first writes to be in Redis");

        // Held, so that the kill finds writes sent and not answered, and more queued behind them.
        await PauseWritesAsync(redis);
        var feeding = Task.Run(async () =>
        {
            for (var seq = 4; seq <= Count; seq++)
            {
                await recorder.RecordAsync(TestWriters.Chart(seq), DateTimeOffset.UnixEpoch);
            }
        });
        await Eventually.TrueAsync(() => recorder.InFlight == InFlight && recorder.Queued == QueueCapacity, "the writes in flight and the queue to fill");
        await redis.KillAsync();
        await Eventually.TrueAsync(() => counters.Snapshot().Retries > 0, "a write to fail while Redis is down");
        feeding.IsCompleted.Should().BeFalse("the client waits while Redis is down");
        await redis.RestartAsync();

        await feeding.DefaultTimeout();
        await recorder.FlushAsync().DefaultTimeout();
        var expected = Enumerable.Range(1, Count).Select(seq => (long)seq).ToArray();
        GameStreams.Sequences(await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced)).Should().Equal(expected);
        observer.Sequences.Should().Equal(expected, "each message is handed on once, in order, after Redis holds it");
        var statistics = counters.Snapshot();
        (statistics.SequencedWritten + statistics.SequencedDuplicates).Should().Be(Count);
    }

    [Fact]
    public async Task DisposeAsync_RedisPausedWithWritesQueued_AbandonsThemAndReturns()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var (recorder, observer) = await PausedWithChartsQueuedAsync(redis, connection, meter);

        // Stopping does not wait for Redis: the next start resumes from the newest entry there.
        await recorder.DisposeAsync().AsTask().DefaultTimeout();
        await recorder.DisposeAsync().AsTask().DefaultTimeout();
        observer.Sequences.Should().BeEmpty();
        await UnpauseAsync(redis);
    }

    [Fact]
    public async Task DrainAsync_ARestartWithWritesInFlightAndQueued_WritesThemAndHandsEachToTheObserversInOrder()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var (recorder, observer) = await PausedWithChartsQueuedAsync(redis, connection, meter);

        // The client restarts (its stream failed; the host is not stopping): what lands in Redis reaches the game's
        // observers, where disposing at once would drop it.
        var draining = recorder.DrainAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        await UnpauseAsync(redis);

        await draining.DefaultTimeout();
        await recorder.DisposeAsync().AsTask().DefaultTimeout();
        var expected = Enumerable.Range(1, InFlight + QueueCapacity).Select(seq => (long)seq).ToArray();
        GameStreams.Sequences(await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced)).Should().Equal(expected);
        observer.Sequences.Should().Equal(expected);
    }

    [Fact]
    public async Task DrainAsync_RedisStaysPaused_ReturnsAtTheLimit()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        var (recorder, _) = await PausedWithChartsQueuedAsync(redis, connection, meter);

        // A Redis that is down must not hold the restart, which resumes from Redis anyway.
        await recorder.DrainAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None).DefaultTimeout();
        await recorder.DisposeAsync().AsTask().DefaultTimeout();
        await UnpauseAsync(redis);
    }

    [Fact]
    public async Task FlushAsync_TheRelayStopsBeforeRedisHoldsEverything_ThrowsOperationCanceled()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await ConnectPatientlyAsync(redis);
        using var meter = new Meter("test");
        using var stopping = new CancellationTokenSource();
        await using var recorder = new RelayRecorder(Writer(connection, meter), [], NullLogger.Instance, stopping.Token);
        await PauseWritesAsync(redis);
        await recorder.RecordAsync(TestWriters.Chart(1), DateTimeOffset.UnixEpoch).DefaultTimeout();
        await Eventually.TrueAsync(() => recorder.InFlight == 1, "the write to be sent");

        // A normal return would let the relay write the end marker above a seq Redis does not hold.
        var flushing = recorder.FlushAsync();
        await stopping.CancelAsync();
        await flushing.Awaiting(f => f.DefaultTimeout()).Should().ThrowAsync<OperationCanceledException>();
        await UnpauseAsync(redis);
    }

    [Fact]
    public async Task AddAsync_AfterASeqRedisDoesNotHold_WritesNothingUntilThatSeqIsThere()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var writer = Writer(connection, meter);
        var keys = GameStreams.Keys();

        // The write of seq 2 failed, and seq 3, sent behind it, reaches Redis: it must not be added above the hole.
        (await Add(writer, 1, previous: null)).Should().Be(WriteOutcome.Written);
        (await Add(writer, 3, previous: 2)).Should().Be(WriteOutcome.PredecessorMissing);
        GameStreams.Sequences(await GameStreams.ReadAsync(connection.GetDatabase(), keys.Sequenced)).Should().Equal(1L);

        (await Add(writer, 2, previous: null)).Should().Be(WriteOutcome.Written);
        (await Add(writer, 3, previous: 2)).Should().Be(WriteOutcome.Written);
        (await Add(writer, 3, previous: 2)).Should().Be(WriteOutcome.Duplicate, "a seq Redis holds is a duplicate, as a plain XADD would say");
        (await Add(writer, 2, previous: 1)).Should().Be(WriteOutcome.Duplicate);
        var entries = await GameStreams.ReadAsync(connection.GetDatabase(), keys.Sequenced);
        GameStreams.Sequences(entries).Should().Equal(1L, 2L, 3L);
        GameStreams.Message(entries[2]).Should().Equal(TestWriters.Chart(3));
    }

    private static Task<WriteOutcome> Add(RedisGameWriter writer, long seq, long? previous)
    {
        var message = TestWriters.Chart(seq);
        return writer.AddAsync(RelayEnvelope.Read(message), message, DateTimeOffset.UnixEpoch, previous).DefaultTimeout();
    }

    private static RedisGameWriter Writer(IConnectionMultiplexer connection, Meter meter, RelayCounters? counters = null) => new(
        connection.GetDatabase(),
        GameStreams.Keys(),
        new RelaySettings(
            "livedata", 1000, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200), TimeProvider.System,
            WriteQueueCapacity: QueueCapacity, MaxWritesInFlight: InFlight),
        counters ?? new RelayCounters(meter),
        NullLogger.Instance);

    // Writes held by CLIENT PAUSE must not time out in the multiplexer while the test looks at them.
    private static async Task<ConnectionMultiplexer> ConnectPatientlyAsync(RedisServer redis) =>
        await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",asyncTimeout=60000,syncTimeout=60000").DefaultTimeout();

    private static async Task<ConnectionMultiplexer> AdminAsync(RedisServer redis) =>
        await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",allowAdmin=true").DefaultTimeout();

    private static async Task PauseWritesAsync(RedisServer redis)
    {
        using var admin = await AdminAsync(redis);
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", 60000, "WRITE").DefaultTimeout();
    }

    /// <summary>Holds the write loop in its call for one seq until released, as a slow observer does.</summary>
    private static async Task UnpauseAsync(RedisServer redis)
    {
        using var admin = await AdminAsync(redis);
        await admin.GetDatabase().ExecuteAsync("CLIENT", "UNPAUSE").DefaultTimeout();
    }

    /// <summary>A recorder whose window and queue are full of charts 1, 2… while Redis runs no write.</summary>
    private static async Task<(RelayRecorder Recorder, ListRecorder Observer)> PausedWithChartsQueuedAsync(
        RedisServer redis, IConnectionMultiplexer connection, Meter meter)
    {
        var observer = new ListRecorder();
        var recorder = new RelayRecorder(Writer(connection, meter), [observer], NullLogger.Instance);
        await PauseWritesAsync(redis);
        await RecordChartsAsync(recorder, InFlight + QueueCapacity);
        return (recorder, observer);
    }

    private static async Task RecordChartsAsync(RelayRecorder recorder, int count)
    {
        for (var seq = 1; seq <= count; seq++)
        {
            await recorder.RecordAsync(TestWriters.Chart(seq), DateTimeOffset.UnixEpoch).DefaultTimeout();
        }
    }

    private sealed class GatedRecorder(long heldAt) : ILiveDataMessageRecorder
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Held => _held.Task;

        public void Release() => _released.TrySetResult();

        public async Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
        {
            if (RelayEnvelope.Read(utf8Message.Span).Sequence == heldAt)
            {
                _held.TrySetResult();
                await _released.Task.WaitAsync(cancellationToken).DefaultTimeout();
            }
        }
    }

    private sealed class ListRecorder : ILiveDataMessageRecorder
    {
        private readonly List<long> _sequences = [];

        public IReadOnlyList<long> Sequences
        {
            get
            {
                lock (_sequences)
                {
                    return _sequences.ToArray();
                }
            }
        }

        public Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
        {
            var envelope = RelayEnvelope.Read(utf8Message.Span);
            lock (_sequences)
            {
                _sequences.Add(envelope.Sequence ?? -1);
            }

            return Task.CompletedTask;
        }
    }
}
