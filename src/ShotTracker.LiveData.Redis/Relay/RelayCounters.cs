using System.Diagnostics.Metrics;
using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// The relay's counters, read by <see cref="LiveDataRedisRelay.GetStatistics"/> and recorded on the
/// <c>ShotTracker.LiveData.Redis</c> meter: <c>shottracker.livedata.redis.relay.entries</c> (tags <c>kind</c> =
/// sequenced|latest, <c>outcome</c> = written|duplicate|stale) and <c>shottracker.livedata.redis.relay.retries</c>.
/// </summary>
internal sealed class RelayCounters
{
    public const string MeterName = "ShotTracker.LiveData.Redis";

    private readonly Counter<long> _entries;
    private readonly Counter<long> _retries;
    private long _sequencedWritten;
    private long _sequencedDuplicates;
    private long _latestWritten;
    private long _latestDuplicates;
    private long _latestStale;
    private long _retryCount;
    private long _restarts;
    private int _gamesEnded;

    public RelayCounters(Meter meter)
    {
        _entries = meter.CreateCounter<long>("shottracker.livedata.redis.relay.entries", "{entry}", "Messages the relay handed to Redis, by kind and outcome.");
        _retries = meter.CreateCounter<long>("shottracker.livedata.redis.relay.retries", "{attempt}", "Redis operations that failed and were retried after a backoff.");
    }

    public void Count(bool sequenced, WriteOutcome outcome)
    {
        switch ((sequenced, outcome))
        {
            case (true, WriteOutcome.Written):
                Interlocked.Increment(ref _sequencedWritten);
                break;
            case (true, _):
                Interlocked.Increment(ref _sequencedDuplicates);
                break;
            case (false, WriteOutcome.Written):
                Interlocked.Increment(ref _latestWritten);
                break;
            case (false, WriteOutcome.Duplicate):
                Interlocked.Increment(ref _latestDuplicates);
                break;
            default:
                Interlocked.Increment(ref _latestStale);
                break;
        }

        _entries.Add(
            1,
            new KeyValuePair<string, object?>("kind", sequenced ? "sequenced" : "latest"),
            new KeyValuePair<string, object?>("outcome", outcome switch
            {
                WriteOutcome.Written => "written",
                WriteOutcome.Duplicate => "duplicate",
                _ => "stale",
            }));
    }

    public void Retry()
    {
        Interlocked.Increment(ref _retryCount);
        _retries.Add(1);
    }

    public void Restart() => Interlocked.Increment(ref _restarts);

    public void GameEnded() => Interlocked.Increment(ref _gamesEnded);

    public LiveDataRedisRelayStatistics Snapshot() => new()
    {
        SequencedWritten = Interlocked.Read(ref _sequencedWritten),
        SequencedDuplicates = Interlocked.Read(ref _sequencedDuplicates),
        LatestWritten = Interlocked.Read(ref _latestWritten),
        LatestDuplicates = Interlocked.Read(ref _latestDuplicates),
        LatestStale = Interlocked.Read(ref _latestStale),
        Retries = Interlocked.Read(ref _retryCount),
        Restarts = Interlocked.Read(ref _restarts),
        GamesEnded = Volatile.Read(ref _gamesEnded),
    };
}
