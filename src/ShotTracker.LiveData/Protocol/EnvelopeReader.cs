using System.Text.Json;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol;

/// <summary>Reads the <c>{"type","source","seq","data"}</c> envelope in one pass, in any property order.</summary>
internal static class EnvelopeReader
{
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
        var dataSeen = false;
        var deferredDataStart = -1;
        var deferredDataLength = 0;
        Dictionary<string, JsonElement>? extra = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw Fail($"'type' must be a string but is {JsonTokenNames.Describe(reader.TokenType)}.", utf8Json, "$.type", reader.TokenStartIndex);
                }

                type = reader.ValueTextEquals("data"u8) ? MessageType.Data
                    : reader.ValueTextEquals("pong"u8) ? MessageType.Pong
                    : MessageType.Other;
                otherType = type == MessageType.Other ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                reader.Read();
                sourceSeen = true;
                if (reader.TokenType == JsonTokenType.String)
                {
                    source = SourceNames.Match(ref reader);
                    unknownSourceName = source is null ? reader.GetString() : null;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Fail($"'source' must be a string but is {JsonTokenNames.Describe(reader.TokenType)}.", utf8Json, "$.source", reader.TokenStartIndex);
                }
            }
            else if (reader.ValueTextEquals("seq"u8))
            {
                reader.Read();
                sequence = ReadSequence(ref reader, utf8Json);
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                dataSeen = true;
                if (type == MessageType.Data && source is { } known && reader.TokenType == JsonTokenType.StartObject)
                {
                    var dataStart = (int)reader.TokenStartIndex;
                    try
                    {
                        payload = PayloadSerializer.Read(ref reader, known);
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
                    deferredDataStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    deferredDataLength = (int)reader.BytesConsumed - deferredDataStart;
                }
            }
            else
            {
                var name = reader.GetString()!;
                reader.Read();
                (extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
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

        if (payload is null)
        {
            payload = ReadDeferred(utf8Json.Slice(deferredDataStart, deferredDataLength), dataSource, utf8Json, deferredDataStart);
        }

        return PayloadSerializer.CreateEvent(dataSource, payload, sequence, extra);
    }

    // Called in place, converters surface bad values as the exceptions the serializer would have wrapped in a
    // JsonException at its public entry point.
    private static bool IsPayloadError(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException;

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
            return PayloadSerializer.Read(ref reader, source);
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

    private static LiveDataProtocolException Fail(string what, ReadOnlySpan<byte> message, string path, long? position) =>
        new(position is { } p ? $"{what} (at {path}, byte {p})" : $"{what} (at {path})", message.ToArray(), path, position);

    private static LiveDataProtocolException Describe(JsonException ex, ReadOnlySpan<byte> message)
    {
        var position = ex.BytePositionInLine;
        var line = ex.LineNumber is > 0 ? $", line {ex.LineNumber + 1}" : string.Empty;
        var at = position is null ? string.Empty : $" (byte {position}{line})";
        return new LiveDataProtocolException($"The message is not valid JSON{at}: {Reason(ex)}", message.ToArray(), null, position, ex);
    }

    private static LiveDataProtocolException PayloadError(Exception fastPathError, LiveDataSource source, ReadOnlySpan<byte> message, int dataOffset)
    {
        // The in-place read reports no path. Errors are rare, so read the payload again through the serializer's
        // public entry point, which reports the path and a position relative to the payload's first byte.
        var ex = fastPathError as JsonException;
        try
        {
            PayloadSerializer.ReadIsolated(message.Slice(dataOffset), source);
        }
        catch (JsonException isolated)
        {
            ex = isolated;
        }

        var path = ex?.Path is { Length: > 0 } p ? "$.data" + p.Substring(1) : "$.data";
        long? position = ex?.BytePositionInLine is { } inLine ? inLine + (ex.LineNumber is null or 0 ? dataOffset : 0) : null;
        var line = ex?.LineNumber is > 0 ? $", line {ex.LineNumber + 1}" : string.Empty;
        var at = position is null ? path : $"{path} (byte {position}{line})";
        return new LiveDataProtocolException(
            $"The '{source.ToWireName()}' payload does not fit its documented shape at {at}: {Reason(ex ?? fastPathError)}",
            message.ToArray(),
            path,
            position,
            ex ?? fastPathError);
    }

    // The reader and serializer append their own relative "Path: … | LineNumber: …" to messages; the caller
    // gets ours instead.
    private static string Reason(Exception ex)
    {
        var text = ex.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = text.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                text = text.Substring(0, cut);
            }
        }

        return text;
    }
}
