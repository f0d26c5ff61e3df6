using System.Diagnostics;
using System.Text.Json;

namespace ShotTracker.LiveData;

/// <summary>
/// One message received from the Live Data V2 service: a typed payload of a known source
/// (<see cref="LiveDataEvent{TData}"/>), an <see cref="UnknownLiveDataEvent"/> kept as raw JSON, or the
/// <see cref="PongEvent"/> control message; or the client's own <see cref="LiveDataGapEvent"/> after a reconnect.
/// </summary>
/// <remarks>
/// Events are immutable and safe to share between threads. Pattern-match on the sealed subtypes
/// (<see cref="ChartEvent"/>, <see cref="LocationEvent"/>, …) to reach the payload.
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public abstract record LiveDataEvent
{
    private protected LiveDataEvent()
    {
    }

    /// <summary>
    /// Gets the shared sequence number (<c>seq</c>) of a sequenced source's message, or <see langword="null"/> for
    /// sources and messages that carry none.
    /// </summary>
    public long? Sequence { get; init; }

    /// <summary>Gets the source of a typed data event, or <see langword="null"/> for unknown and control messages.</summary>
    public abstract LiveDataSource? Source { get; }

    /// <summary>
    /// Gets envelope properties other than <c>type</c>, <c>source</c>, <c>seq</c> and <c>data</c> that the service
    /// sent, kept so that writing the event back loses nothing; <see langword="null"/> when there were none.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? AdditionalEnvelopeProperties { get; init; }

    /// <summary>Gets the key values of the payload for the debugger display, or <see langword="null"/>.</summary>
    private protected virtual string? DebuggerDetails => null;

    // What a debugger shows for an event ("ChartEvent #42 chart: pid 7, 3 pts, made"): short, never the whole payload.
    private string DebuggerDisplay =>
        GetType().Name
        + (Sequence is { } sequence ? FormattableString.Invariant($" #{sequence}") : string.Empty)
        + (Source is { } source ? " " + source.ToWireName() : string.Empty)
        + (DebuggerDetails is { } details ? ": " + details : string.Empty);
}
