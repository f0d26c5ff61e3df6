using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// How received messages are delivered, whatever feeds them (the WebSocket, a Redis stream): the back-pressure per
/// source, the buffer, gap events, the recorder, and the sources a subscriber may narrow to. A client's feed-specific
/// settings (the endpoint, keep-alive, reconnects) live beside it, not here.
/// </summary>
internal sealed class DeliverySettings
{
    private DeliverySettings(bool[] keepLatest, int eventBufferCapacity, bool emitGapEvents, LiveDataSource[] sources, ILiveDataMessageRecorder? recorder, TimeProvider timeProvider)
    {
        KeepLatest = keepLatest;
        EventBufferCapacity = eventBufferCapacity;
        EmitGapEvents = emitGapEvents;
        Sources = sources;
        Recorder = recorder;
        TimeProvider = timeProvider;
    }

    /// <summary>Gets, indexed by <see cref="LiveDataSource"/> value, whether the source keeps only its latest message.</summary>
    public IReadOnlyList<bool> KeepLatest { get; }

    /// <summary>Gets how many buffered events a stream holds before the feed waits (or the subscriber ends).</summary>
    public int EventBufferCapacity { get; }

    /// <summary>Gets whether streams yield <see cref="LiveDataGapEvent"/>s after a reconnect.</summary>
    public bool EmitGapEvents { get; }

    /// <summary>Gets the configured sources (empty: all); subscribers may only narrow them.</summary>
    public IReadOnlyCollection<LiveDataSource> Sources { get; }

    /// <summary>Gets the observer of every message's raw bytes, or <see langword="null"/>.</summary>
    public ILiveDataMessageRecorder? Recorder { get; }

    /// <summary>Gets the clock of gap events and recording times.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Finds the first invalid delivery option, for a client's validation to report under its own options type (both
    /// <see cref="LiveDataClientOptions"/> and a Redis client's options carry these).
    /// </summary>
    /// <param name="sources">The configured sources.</param>
    /// <param name="eventBufferCapacity">The buffer capacity.</param>
    /// <param name="backpressurePolicies">The per-source policies.</param>
    /// <returns>The option's property name and what is wrong with it, or <see langword="null"/> when all are valid.</returns>
    public static (string Option, string Problem)? FindProblem(
        IEnumerable<LiveDataSource> sources,
        int eventBufferCapacity,
        IEnumerable<KeyValuePair<LiveDataSource, LiveDataBackpressurePolicy>> backpressurePolicies)
    {
        if (sources.Any(s => !Enum.IsDefined(typeof(LiveDataSource), s)))
        {
            return ("Sources", "contains a value that is not a LiveDataSource.");
        }

        if (eventBufferCapacity <= 0)
        {
            return ("EventBufferCapacity", $"must be positive, but is {eventBufferCapacity}.");
        }

        if (BackpressurePolicies.TryApply(backpressurePolicies, new bool[SourceTable.IndexCapacity]) is { } policyProblem)
        {
            return ("BackpressurePolicies", policyProblem);
        }

        return null;
    }

    /// <summary>Builds the settings; the per-source policies are read by <see cref="BackpressurePolicies"/>, the one reader of them.</summary>
    /// <param name="backpressurePolicies">The per-source policies (sources not named buffer).</param>
    /// <param name="eventBufferCapacity">The buffer capacity; positive.</param>
    /// <param name="emitGapEvents">Whether to yield gap events.</param>
    /// <param name="sources">The configured sources (empty: all).</param>
    /// <param name="recorder">The recorder, or <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">A policy is invalid (the caller's validation names the property first).</exception>
    public static DeliverySettings Create(
        IEnumerable<KeyValuePair<LiveDataSource, LiveDataBackpressurePolicy>> backpressurePolicies,
        int eventBufferCapacity,
        bool emitGapEvents,
        IEnumerable<LiveDataSource> sources,
        ILiveDataMessageRecorder? recorder,
        TimeProvider timeProvider)
    {
        var keepLatest = new bool[SourceTable.IndexCapacity];
        if (BackpressurePolicies.TryApply(backpressurePolicies, keepLatest) is { } problem)
        {
            throw new ArgumentException("BackpressurePolicies " + problem, nameof(backpressurePolicies));
        }

        return new DeliverySettings(keepLatest, eventBufferCapacity, emitGapEvents, sources.ToArray(), recorder, timeProvider);
    }
}
