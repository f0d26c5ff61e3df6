using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Protocol;

/// <summary>How <see cref="EnvelopeReader"/> describes a message it rejects: what, where (path and byte), and the raw bytes.</summary>
internal static partial class EnvelopeReader
{
    private static LiveDataProtocolException Fail(string what, ReadOnlySpan<byte> message, string path, long? position) =>
        new(position is { } p ? $"{what} (at {path}, byte {p})" : $"{what} (at {path})", message.ToArray(), path, position);

    private static LiveDataProtocolException Describe(JsonException ex, ReadOnlySpan<byte> message)
    {
        var position = ex.BytePositionInLine;
        var line = ex.LineNumber is > 0 ? $", line {ex.LineNumber + 1}" : string.Empty;
        var at = position is null ? string.Empty : $" (byte {position}{line})";
        return new LiveDataProtocolException($"The message is not valid JSON{at}: {Reason(ex)}", message.ToArray(), null, position, ex);
    }

    private static LiveDataProtocolException Unexpected(Exception ex, ReadOnlySpan<byte> message) =>
        new($"The message could not be read: {ex.GetType().Name}: {ex.Message}", message.ToArray(), null, null, ex);

    private static LiveDataProtocolException PayloadError(Exception fastPathError, LiveDataSource source, ReadOnlySpan<byte> message, int dataOffset)
    {
        // The in-place read reports no path. Errors are rare, so read the payload again through the serializer's
        // public entry point, which reports the path and a position relative to the payload's first byte.
        var ex = fastPathError as JsonException;
        try
        {
            var isolated = new Utf8JsonReader(message.Slice(dataOffset), new JsonReaderOptions { AllowMultipleValues = true });
            SourceTable.Get(source).ReadIsolated(ref isolated);
        }
        catch (JsonException isolated)
        {
            ex = isolated;
        }
        catch (Exception other) when (IsUnexpected(other))
        {
            // The serializer let something else through: keep the first error, which already says what went wrong.
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

        // The serializer wraps what a reader throws (text that cannot be decoded, ...) in a generic "could not be
        // converted": the inner exception says what was wrong.
        if (ex is JsonException && ex.InnerException is { } inner and not JsonException && !text.Contains(inner.Message))
        {
            text = $"{text} {inner.Message}";
        }

        return text;
    }
}
