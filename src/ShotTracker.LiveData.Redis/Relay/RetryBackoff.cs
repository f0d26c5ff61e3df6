namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// Waits between attempts: the first delay, doubled after every failure up to the maximum, back to the first after a
/// success. Runs on the given <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
internal sealed class RetryBackoff(TimeSpan initial, TimeSpan maximum, TimeProvider timeProvider)
{
    private TimeSpan _next;

    /// <summary>Gets how many failures in a row have been waited for since the last success.</summary>
    public int Failures { get; private set; }

    /// <summary>Waits the current delay and doubles the next one.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var delay = Failures == 0 ? initial : _next;
        Failures++;
        _next = TimeSpan.FromTicks(Math.Min(maximum.Ticks, delay.Ticks * 2));
        await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts again from the first delay.</summary>
    public void Succeeded()
    {
        Failures = 0;
    }
}
