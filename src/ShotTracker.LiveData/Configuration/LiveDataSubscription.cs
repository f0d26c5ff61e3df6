namespace ShotTracker.LiveData;

/// <summary>
/// One subscriber's view of a shared connection, for <see cref="LiveDataClient.StreamAsync(LiveDataSubscription, CancellationToken)"/>:
/// which sources it wants, how it buffers while it is behind, and what happens when its buffer is full.
/// </summary>
/// <remarks>
/// Read when the stream starts; changing it afterwards has no effect on a running stream. The connection's own
/// subscription (<see cref="LiveDataClientOptions.Sources"/>) is shared by every subscriber, so a subscriber may only
/// narrow it.
/// </remarks>
public sealed class LiveDataSubscription
{
    /// <summary>Gets the sources this subscriber receives.</summary>
    /// <value>
    /// The default is empty: everything the connection receives, <see cref="UnknownLiveDataEvent"/>s included. With a
    /// filter, only those sources (and every <see cref="InvalidLiveDataEvent"/>, which may have been one of them).
    /// Each source must be one of <see cref="LiveDataClientOptions.Sources"/> when the client names any.
    /// </value>
    public ISet<LiveDataSource> Sources { get; } = new HashSet<LiveDataSource>();

    /// <summary>Gets this subscriber's back-pressure policy per source.</summary>
    /// <value>
    /// The default is empty: each source follows <see cref="LiveDataClientOptions.BackpressurePolicies"/>. Sequenced
    /// sources only accept <see cref="LiveDataBackpressurePolicy.Buffer"/>.
    /// </value>
    public IDictionary<LiveDataSource, LiveDataBackpressurePolicy> BackpressurePolicies { get; } = new Dictionary<LiveDataSource, LiveDataBackpressurePolicy>();

    /// <summary>Gets or sets how many events may wait for this subscriber; keep-latest events do not count.</summary>
    /// <value>The default is <see langword="null"/>: <see cref="LiveDataClientOptions.EventBufferCapacity"/>. Must be positive.</value>
    public int? EventBufferCapacity { get; set; }

    /// <summary>Gets or sets what happens when this subscriber's buffer is full.</summary>
    /// <value>
    /// The default is <see cref="LiveDataSubscriberFullMode.EndSubscriber"/>: a slow subscriber never holds up the
    /// others; it ends with <see cref="LiveDataSubscriberOverflowException"/> rather than skip a sequenced message.
    /// </value>
    public LiveDataSubscriberFullMode FullMode { get; set; } = LiveDataSubscriberFullMode.EndSubscriber;

    /// <summary>Gets or sets whether this subscriber receives <see cref="LiveDataGapEvent"/>s.</summary>
    /// <value>
    /// The default is <see langword="true"/>: when <see cref="LiveDataClientOptions.EmitGapEvents"/> is on. Set
    /// <see langword="false"/> to opt this subscriber out; it cannot turn them on when the client's option is off.
    /// </value>
    public bool EmitGapEvents { get; set; } = true;

    /// <summary>Returns the subscription's values, for logs.</summary>
    /// <returns>One line, <c>LiveDataSubscription { Sources = …, … }</c>.</returns>
    public override string ToString()
    {
        var sources = Sources.Count == 0 ? "all" : "[" + string.Join(", ", Sources.OrderBy(s => s).Select(s => s.ToWireName())) + "]";
        var backpressure = "[" + string.Join(", ", BackpressurePolicies.OrderBy(p => p.Key).Select(p => $"{p.Key.ToWireName()}={p.Value}")) + "]";
        return $"LiveDataSubscription {{ Sources = {sources}, BackpressurePolicies = {backpressure}, "
            + $"EventBufferCapacity = {EventBufferCapacity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "client's"}, "
            + $"FullMode = {FullMode}, EmitGapEvents = {EmitGapEvents} }}";
    }
}
