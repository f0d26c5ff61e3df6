namespace ShotTracker.LiveData;

/// <summary>
/// Holds each event until its receive time plus <see cref="Delay"/>, so graphics never show a play before the
/// viewer sees it on a TV picture that runs behind the live data. Apply it with
/// <see cref="LiveDataStreamExtensions.WithBroadcastDelay"/>; change <see cref="Delay"/> while it runs.
/// </summary>
/// <remarks>
/// <para>
/// Events come out in the order they went in, each exactly once, except that a source set to
/// <see cref="LiveDataBackpressurePolicy.KeepLatest"/> in <see cref="BackpressurePolicies"/> yields only its newest
/// due value when several are due at once (after the delay was shortened, or while the consumer is behind).
/// </para>
/// <para>
/// The delay reads ahead: it takes events from the source as they arrive, stamps them with
/// <see cref="TimeProvider"/>, and holds them, so it holds about delay × message rate events. At
/// <see cref="MaxHeldEvents"/> it stops reading until the consumer takes one: the source then waits (the live client
/// buffers, then back-pressures its socket) and later events are stamped late, so they come out later than the
/// delay, never earlier.
/// </para>
/// <para>
/// One instance may delay several streams; <see cref="Delay"/> is thread-safe. <see cref="BackpressurePolicies"/>,
/// <see cref="TimeProvider"/> and <see cref="MaxHeldEvents"/> are read when a stream starts.
/// </para>
/// </remarks>
public sealed class BroadcastDelay
{
    private long _delayTicks;
    private TaskCompletionSource<bool> _changed = NewSignal();

    /// <summary>Creates a broadcast delay.</summary>
    /// <param name="delay">How long to hold each event after it arrived.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public BroadcastDelay(TimeSpan delay)
    {
        Delay = delay;
    }

    /// <summary>
    /// Gets or sets how long each event is held after it arrived. A change applies at once to the events already
    /// held: a longer delay holds them longer, a shorter one releases those now due.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set
        {
            if (value < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The delay must not be negative.");
            }

            Interlocked.Exchange(ref _delayTicks, value.Ticks);
            Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult(true);
        }
    }

    /// <summary>Gets or sets the clock that stamps and releases events (a <c>FakeTimeProvider</c> in tests).</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets the per-source policy: <see cref="LiveDataBackpressurePolicy.KeepLatest"/> sources (non-sequenced only)
    /// yield only their newest value among those due at once.
    /// </summary>
    /// <value>The default is empty: every event is yielded.</value>
    public IDictionary<LiveDataSource, LiveDataBackpressurePolicy> BackpressurePolicies { get; } = new Dictionary<LiveDataSource, LiveDataBackpressurePolicy>();

    /// <summary>Gets or sets how many events one stream holds at most before it stops reading its source.</summary>
    /// <value>The default is 100,000 (over a minute of every source at full rate). Must be positive.</value>
    public int MaxHeldEvents { get; set; } = 100_000;

    /// <summary>Gets a task that completes the next time <see cref="Delay"/> is set.</summary>
    internal Task Changed => Volatile.Read(ref _changed).Task;

    private static TaskCompletionSource<bool> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
