namespace ShotTracker.LiveData.Redis;

/// <summary>A snapshot of a <see cref="LiveDataRedisRelay"/>'s counters, summed over its games.</summary>
public sealed record LiveDataRedisRelayStatistics
{
    /// <summary>Gets how many sequenced messages this relay added to Redis.</summary>
    public long SequencedWritten { get; init; }

    /// <summary>
    /// Gets how many sequenced messages Redis already held (their entry id was not above the stream's newest): another
    /// relay of the game wrote them first, or they were re-sent after a resume. Counted, never an error.
    /// </summary>
    public long SequencedDuplicates { get; init; }

    /// <summary>Gets how many non-sequenced frames this relay added to Redis.</summary>
    public long LatestWritten { get; init; }

    /// <summary>Gets how many non-sequenced frames were already written (by this relay or another one) and were skipped.</summary>
    public long LatestDuplicates { get; init; }

    /// <summary>
    /// Gets how many non-sequenced frames were skipped as stale: older than the stream's newest entry, or received while
    /// this relay was behind (another relay had already written a later <c>seq</c>, or the end of the game).
    /// </summary>
    public long LatestStale { get; init; }

    /// <summary>Gets how many Redis writes or reads failed and were retried after a backoff.</summary>
    public long Retries { get; init; }

    /// <summary>Gets how many times a game's client was started again from the checkpoint in Redis after a failure.</summary>
    public long Restarts { get; init; }

    /// <summary>Gets how many of the relay's games have ended (the service closed their stream normally).</summary>
    public int GamesEnded { get; init; }
}
