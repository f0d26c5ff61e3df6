using System.Text.Json;
using ShotTracker.LiveData.Internal.Events;

namespace ShotTracker.LiveData.Internal.Protocol;

/// <summary>
/// Everything the SDK knows about one source, in one place: its wire name, whether it is sequenced, its payload type,
/// how its payload is read and written, where its timestamp is, and how its event is made. Every switch over sources
/// is a lookup in <see cref="SourceTable"/> instead.
/// </summary>
/// <remarks>The wire name and sequencing come from <see cref="SourceFacts"/>, which the vocabulary reads without a parser.</remarks>
internal abstract class SourceDescriptor(LiveDataSource source, Type payloadType)
{
    private readonly SourceFact _fact = SourceFacts.Get(source);

    /// <summary>Gets the source.</summary>
    public LiveDataSource Source { get; } = source;

    /// <summary>Gets the lower-case wire name, for example <c>boxscorestatsv2</c>.</summary>
    public string WireName => _fact.WireName;

    /// <summary>Gets the wire name as UTF-8, for matching a <c>source</c> token without allocating.</summary>
    public byte[] WireNameUtf8 { get; } = System.Text.Encoding.UTF8.GetBytes(SourceFacts.Get(source).WireName);

    /// <summary>Gets whether the source's messages carry the shared sequence number.</summary>
    public bool IsSequenced => _fact.IsSequenced;

    /// <summary>Gets the payload record type.</summary>
    public Type PayloadType { get; } = payloadType;

    /// <summary>Reads the payload object at the reader's <c>StartObject</c> in place (no path on errors).</summary>
    public abstract object Read(ref Utf8JsonReader reader);

    /// <summary>Gets whether <see cref="Read"/> uses a hand-written reader rather than the generated converter.</summary>
    public abstract bool HasFastReader { get; }

    /// <summary>Reads the payload through the serializer's public entry point, which reports a path on errors.</summary>
    public abstract object? ReadIsolated(ref Utf8JsonReader reader);

    /// <summary>Makes the typed event for a payload of this source.</summary>
    public abstract LiveDataEvent CreateEvent(object payload, long? sequence, IReadOnlyDictionary<string, JsonElement>? extra);

    /// <summary>Writes the payload of an event of this source.</summary>
    public abstract void Write(Utf8JsonWriter writer, LiveDataEvent liveDataEvent);

    /// <summary>Gets the payload's own timestamp (Unix milliseconds), if the source has one.</summary>
    public abstract long? Timestamp(LiveDataEvent liveDataEvent);
}
