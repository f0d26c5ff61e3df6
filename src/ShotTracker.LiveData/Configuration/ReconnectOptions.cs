using System.Diagnostics;

namespace ShotTracker.LiveData;

/// <summary>
/// The reconnect policy: how the client waits between connection attempts after a connection ended or an attempt
/// failed, with Polly's retry semantics and names. Turned into a Polly retry internally; hand in
/// <see cref="LiveDataClientOptions.ReconnectPipeline"/> instead for full control.
/// </summary>
/// <remarks>
/// <para>
/// An attempt is a token fetch, the WebSocket handshake and the connection up to the first new message it delivers.
/// It fails when any of those fails, including a connection that ends before it delivered anything new (it closed at
/// once, only re-sent messages already delivered, or sent nothing readable). After a connection that delivered, the
/// first attempt starts at once; the n-th retry after it waits about <see cref="Delay"/> × 2ⁿ⁻¹ with
/// <see cref="ReconnectBackoffType.Exponential"/> (randomised when <see cref="UseJitter"/> is on), never more than
/// <see cref="MaxDelay"/>.
/// </para>
/// <para>
/// With <see cref="MaxRetryAttempts"/> = n, an outage gets n + 1 attempts in all (the first and n retries) before the
/// stream fails with the last attempt's error; the count starts again after every connection that delivered. A refused
/// token is never retried this way (see <see cref="LiveDataAuthenticationException"/>).
/// </para>
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class ReconnectOptions
{
    /// <summary>Gets or sets how the delay grows from one retry to the next.</summary>
    /// <value>The default is <see cref="ReconnectBackoffType.Exponential"/>.</value>
    public ReconnectBackoffType BackoffType { get; set; } = ReconnectBackoffType.Exponential;

    /// <summary>Gets or sets the delay before the first retry, which the backoff type grows from.</summary>
    /// <value>The default is 0.5 seconds. Must be positive.</value>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest wait between two attempts.</summary>
    /// <value>The default is 30 seconds. Must not be less than <see cref="Delay"/>, and at most one day.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets whether delays are randomised so many clients do not reconnect in lockstep.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets how many times a failed attempt is retried before the stream fails with its error;
    /// <see langword="null"/> retries without limit. An outage gets <c>MaxRetryAttempts + 1</c> attempts in all.
    /// </summary>
    /// <value>The default is <see langword="null"/> (unlimited). Must not be negative.</value>
    public int? MaxRetryAttempts { get; set; }

    /// <summary>Returns the policy's settings, for logs.</summary>
    /// <returns>For example <c>ReconnectOptions(Exponential, Delay 00:00:00.5, MaxDelay 00:00:30, UseJitter True, MaxRetryAttempts unlimited)</c>.</returns>
    public override string ToString() =>
        $"ReconnectOptions({BackoffType}, Delay {Delay}, MaxDelay {MaxDelay}, UseJitter {UseJitter}, MaxRetryAttempts {(MaxRetryAttempts is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unlimited")})";

    // What a debugger shows for the options: short, and never a secret.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{BackoffType} {Delay} to {MaxDelay}, jitter {UseJitter}, attempts {(object?)MaxRetryAttempts ?? "unlimited"}");
}
