namespace ShotTracker.LiveData;

/// <summary>
/// How the client waits between connection attempts after a connection was lost or an attempt failed. Turned into
/// an exponential-backoff retry internally; hand in <see cref="LiveDataClientOptions.ReconnectPipeline"/> instead
/// for full control.
/// </summary>
/// <remarks>
/// After a connection that was open is lost, the first attempt starts at once; each further failed attempt waits
/// about <see cref="BaseDelay"/> × 2ⁿ (randomised when <see cref="UseJitter"/> is on), never more than
/// <see cref="MaxDelay"/>. Refused tokens are never retried this way (see <see cref="LiveDataAuthenticationException"/>).
/// </remarks>
public sealed class ReconnectOptions
{
    /// <summary>Gets or sets the delay before the first retry of a failed attempt.</summary>
    /// <value>The default is 0.5 seconds. Must be positive.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest wait between two attempts.</summary>
    /// <value>The default is 30 seconds. Must not be less than <see cref="BaseDelay"/>.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets whether delays are randomised so many clients do not reconnect in lockstep.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets how many times a failed connection attempt is retried before the stream fails with the last
    /// error; <see langword="null"/> retries transient failures without limit.
    /// </summary>
    /// <value>The default is <see langword="null"/> (unlimited). Must not be negative.</value>
    public int? MaxAttempts { get; set; }
}
