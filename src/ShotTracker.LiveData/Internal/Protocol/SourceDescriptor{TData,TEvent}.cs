using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol;

/// <summary>The descriptor of a source whose payload is <typeparamref name="TData"/> and event <typeparamref name="TEvent"/>.</summary>
internal sealed class SourceDescriptor<TData, TEvent>(
    LiveDataSource source,
    JsonTypeInfo<TData> typeInfo,
    Func<TData, long?, IReadOnlyDictionary<string, JsonElement>?, TEvent> createEvent,
    Func<TData, long?>? timestamp = null,
    PayloadReader<TData>? read = null)
    : SourceDescriptor(source, typeof(TData))
    where TData : class
    where TEvent : LiveDataEvent<TData>
{
    // Calling the converter directly on the caller's reader: JsonSerializer.Deserialize(ref reader) would first skip
    // the whole value to copy it into a reader of its own, a second pass over every payload.
    private readonly JsonConverter<TData> _converter = (JsonConverter<TData>)typeInfo.Converter;

    // A hand-written reader, where the source has one, reads the payload; the generated converter binds init
    // properties through a boxed constructor-argument buffer, which for small payloads costs as much as the JSON.
    // The generated metadata still writes the payload and describes a rejected one with its path.
    public override object Read(ref Utf8JsonReader reader) =>
        (read is null ? _converter.Read(ref reader, typeof(TData), typeInfo.Options) : read(ref reader))
            ?? throw new JsonException("The payload is null.");

    /// <summary>Gets whether the payload has a hand-written reader (tests compare it with the generated one).</summary>
    public override bool HasFastReader => read is not null;

    public override object? ReadIsolated(ref Utf8JsonReader reader) => JsonSerializer.Deserialize(ref reader, typeInfo);

    public override LiveDataEvent CreateEvent(object payload, long? sequence, IReadOnlyDictionary<string, JsonElement>? extra) =>
        createEvent((TData)payload, sequence, extra);

    public override void Write(Utf8JsonWriter writer, LiveDataEvent liveDataEvent) =>
        JsonSerializer.Serialize(writer, ((TEvent)liveDataEvent).Data, typeInfo);

    public override long? Timestamp(LiveDataEvent liveDataEvent) =>
        timestamp is null ? null : timestamp(((TEvent)liveDataEvent).Data);
}
