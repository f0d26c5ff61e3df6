namespace ShotTracker.LiveData.Redis.Reading;

/// <summary>What a <see cref="RedisGameReader"/> tells its user about Redis while it reads: each answer and each failed read.</summary>
internal interface IReadProgress
{
    /// <summary>A read succeeded (Redis answered, maybe with nothing new).</summary>
    void Succeeded();

    /// <summary>A read failed; the reader waits with backoff, then retries from the same positions.</summary>
    /// <param name="attempt">How many reads in a row failed, this one included.</param>
    /// <param name="exception">Why it failed.</param>
    void Failed(int attempt, Exception exception);
}
