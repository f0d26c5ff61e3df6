using System.Text.Json;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol;

/// <summary>Reads the <c>{"type","source","seq","data"}</c> envelope in one pass, in any property order.</summary>
internal static partial class EnvelopeReader
{
    private enum EnvelopeName
    {
        Other,
        Type,
        Source,
        Seq,
        Data,
    }

    private enum MessageType
    {
        Missing,
        Data,
        Pong,
        Other,
    }

    public static LiveDataEvent Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return ReadCore(utf8Json);
        }
        catch (JsonException ex)
        {
            throw Describe(ex, utf8Json);
        }
        catch (Exception ex) when (IsUnexpected(ex))
        {
            // The last line of defence: every known failure is described where it happens, but the contract is that
            // nothing but LiveDataProtocolException leaves the parser, whatever the bytes.
            throw Unexpected(ex, utf8Json);
        }
    }

    private static LiveDataEvent ReadCore(ReadOnlySpan<byte> utf8Json)
    {
        if (IsBlank(utf8Json))
        {
            throw Fail("The message is empty.", utf8Json, "$", 0);
        }

        // Multiple values are allowed only so that content after the root object is reported by the check below,
        // in our words, rather than as a generic reader error.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { AllowMultipleValues = true });
        reader.Read();

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"The message root must be a JSON object but is {JsonTokenNames.Describe(reader.TokenType)}.", utf8Json, "$", reader.TokenStartIndex);
        }

        var type = MessageType.Missing;
        string? otherType = null;
        LiveDataSource? source = null;
        string? unknownSourceName = null;
        var sourceSeen = false;
        long? sequence = null;
        object? payload = null;
        LiveDataSource? payloadSource = null;
        var dataSeen = false;
        var dataStart = -1;
        var dataLength = 0;
        Dictionary<string, JsonElement>? extra = null;

        // A repeated property is read again and the last one wins, as the serializer does for payloads.
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // ValueTextEquals unescapes escaped text and throws on a lone surrogate: check such names first.
            EnsureText(ref reader, utf8Json, "$", "A property name");
            var name = NameOf(ref reader);
            if (name == EnvelopeName.Type)
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw Fail($"'type' must be a string but is {JsonTokenNames.Describe(reader.TokenType)}.", utf8Json, "$.type", reader.TokenStartIndex);
                }

                EnsureText(ref reader, utf8Json, "$.type", "'type'");
                type = TypeOf(ref reader);
                otherType = type == MessageType.Other ? GetText(ref reader, utf8Json, "$.type", "'type'") : null;
            }
            else if (name == EnvelopeName.Source)
            {
                reader.Read();
                sourceSeen = true;
                source = null;
                unknownSourceName = null;
                if (reader.TokenType == JsonTokenType.String)
                {
                    EnsureText(ref reader, utf8Json, "$.source", "'source'");
                    source = SourceTable.Match(ref reader)?.Source;
                    unknownSourceName = source is null ? GetText(ref reader, utf8Json, "$.source", "'source'") : null;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Fail($"'source' must be a string but is {JsonTokenNames.Describe(reader.TokenType)}.", utf8Json, "$.source", reader.TokenStartIndex);
                }
            }
            else if (name == EnvelopeName.Seq)
            {
                reader.Read();
                sequence = ReadSequence(ref reader, utf8Json);
            }
            else if (name == EnvelopeName.Data)
            {
                reader.Read();
                dataSeen = true;
                dataStart = (int)reader.TokenStartIndex;
                payload = null;
                payloadSource = null;
                if (type == MessageType.Data && source is { } known && reader.TokenType == JsonTokenType.StartObject)
                {
                    try
                    {
                        payload = SourceTable.Get(known).Read(ref reader);
                        payloadSource = known;
                    }
                    catch (Exception ex) when (IsPayloadError(ex))
                    {
                        throw PayloadError(ex, known, utf8Json, dataStart);
                    }
                }
                else
                {
                    // The source is not known yet (or the message will be kept raw): remember where the value is
                    // and read it once the whole envelope has been seen.
                    reader.Skip();
                }

                dataLength = (int)reader.BytesConsumed - dataStart;
            }
            else
            {
                var extraName = GetText(ref reader, utf8Json, "$", "A property name");
                reader.Read();
                (extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[extraName] = ReadExtra(ref reader, utf8Json, extraName);
            }
        }

        // Anything after the root object (a second object, stray text) means the frame is not one message.
        if (reader.Read())
        {
            throw Fail("The message has content after its root object.", utf8Json, "$", reader.TokenStartIndex);
        }

        switch (type)
        {
            case MessageType.Missing:
                throw Fail("The message has no 'type'.", utf8Json, "$", null);
            case MessageType.Pong:
                return extra is null && sequence is null ? PongEvent.Instance : new PongEvent { Sequence = sequence, AdditionalEnvelopeProperties = extra };
            case MessageType.Other:
                return Unknown(otherType!, unknownSourceName ?? (source is { } s ? s.ToWireName() : null), sequence, extra, utf8Json);
        }

        if (source is not { } dataSource)
        {
            return Unknown("data", sourceSeen ? unknownSourceName : null, sequence, extra, utf8Json);
        }

        if (!dataSeen)
        {
            throw Fail($"The '{dataSource.ToWireName()}' message has no 'data'.", utf8Json, "$", null);
        }

        // Read now unless read in place as the same source: 'data' came first, or a later 'source' replaced the first.
        if (payload is null || payloadSource != dataSource)
        {
            payload = ReadDeferred(utf8Json.Slice(dataStart, dataLength), dataSource, utf8Json, dataStart);
        }

        return SourceTable.Get(dataSource).CreateEvent(payload, sequence, extra);
    }

    // The four envelope names by length and bytes; escaped names (legal, never seen) take the unescaping compare.
    private static EnvelopeName NameOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.ValueTextEquals("type"u8) ? EnvelopeName.Type
                : reader.ValueTextEquals("source"u8) ? EnvelopeName.Source
                : reader.ValueTextEquals("seq"u8) ? EnvelopeName.Seq
                : reader.ValueTextEquals("data"u8) ? EnvelopeName.Data
                : EnvelopeName.Other;
        }

        var name = reader.ValueSpan;
        return name.Length switch
        {
            3 when name.SequenceEqual("seq"u8) => EnvelopeName.Seq,
            4 when name.SequenceEqual("type"u8) => EnvelopeName.Type,
            4 when name.SequenceEqual("data"u8) => EnvelopeName.Data,
            6 when name.SequenceEqual("source"u8) => EnvelopeName.Source,
            _ => EnvelopeName.Other,
        };
    }

    private static MessageType TypeOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.ValueTextEquals("data"u8) ? MessageType.Data
                : reader.ValueTextEquals("pong"u8) ? MessageType.Pong
                : MessageType.Other;
        }

        var type = reader.ValueSpan;
        return type.SequenceEqual("data"u8) ? MessageType.Data
            : type.SequenceEqual("pong"u8) ? MessageType.Pong
            : MessageType.Other;
    }

    // Called in place, converters surface bad values as the exceptions the serializer would have wrapped in a
    // JsonException at its public entry point (InvalidOperationException, FormatException, ...). Whatever the
    // exception, the payload is described the same way: source, path and position.
    private static bool IsPayloadError(Exception ex) => IsUnexpected(ex) || ex is JsonException;

    // Never caught: running out of memory is not a property of the message.
    private static bool IsUnexpected(Exception ex) => ex is not (LiveDataProtocolException or JsonException or OutOfMemoryException);

    private static void EnsureText(ref Utf8JsonReader reader, ReadOnlySpan<byte> message, string path, string what)
    {
        // Unescaped text that is not UTF-8 never equals a known name and is reported when decoded (GetText).
        if (reader.ValueIsEscaped)
        {
            try
            {
                JsonText.Validate(ref reader);
            }
            catch (InvalidJsonTextException ex)
            {
                throw Fail($"{what} is not valid text: {ex.Reason}", message, path, ex.Position);
            }
        }
    }

    private static string GetText(ref Utf8JsonReader reader, ReadOnlySpan<byte> message, string path, string what)
    {
        try
        {
            return JsonText.GetString(ref reader);
        }
        catch (InvalidJsonTextException ex)
        {
            throw Fail($"{what} is not valid text: {ex.Reason}", message, path, ex.Position);
        }
    }

    private static JsonElement ReadExtra(ref Utf8JsonReader reader, ReadOnlySpan<byte> message, string name)
    {
        try
        {
            return JsonText.ParseElement(ref reader);
        }
        catch (InvalidJsonTextException ex)
        {
            throw Fail($"'{name}' holds a string that is not valid text: {ex.Reason}", message, "$." + name, ex.Position);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8Json)
    {
        foreach (var b in utf8Json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static object ReadDeferred(ReadOnlySpan<byte> data, LiveDataSource source, ReadOnlySpan<byte> message, int offset)
    {
        var reader = new Utf8JsonReader(data, isFinalBlock: true, state: default);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"The '{source.ToWireName()}' message's 'data' must be an object but is {JsonTokenNames.Describe(reader.TokenType)}.", message, "$.data", offset);
        }

        try
        {
            return SourceTable.Get(source).Read(ref reader);
        }
        catch (Exception ex) when (IsPayloadError(ex))
        {
            throw PayloadError(ex, source, message, offset);
        }
    }

    private static long? ReadSequence(ref Utf8JsonReader reader, ReadOnlySpan<byte> message)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        var start = reader.TokenStartIndex;
        try
        {
            return TolerantNumber.ReadIntegral(ref reader);
        }
        catch (JsonException ex)
        {
            throw Fail($"'seq' must be an integer: {ex.Message}", message, "$.seq", start);
        }
    }

    private static UnknownLiveDataEvent Unknown(string type, string? sourceName, long? sequence, Dictionary<string, JsonElement>? extra, ReadOnlySpan<byte> message) => new()
    {
        Type = type,
        SourceName = sourceName,
        Sequence = sequence,
        AdditionalEnvelopeProperties = extra,
        RawJson = message.ToArray(),
    };
}
