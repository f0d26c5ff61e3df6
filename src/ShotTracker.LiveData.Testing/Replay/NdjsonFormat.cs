using System.Globalization;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Replay;

/// <summary>
/// The line format shared by <see cref="NdjsonRecorder"/> and <see cref="NdjsonRecording"/>:
/// <c>{"receivedAt":"…Z","message":{…envelope bytes…}}</c>, or <c>{"receivedAt":"…Z","raw":"…"}</c> for a
/// message that is not a single line of valid JSON.
/// </summary>
internal static class NdjsonFormat
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="message"/> can be embedded byte for byte: one JSON value on one line.</summary>
    public static bool CanEmbed(ReadOnlySpan<byte> message)
    {
        if (message.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(message);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static RecordedMessage ParseLine(ReadOnlyMemory<byte> line, int lineNumber)
    {
        try
        {
            var reader = new Utf8JsonReader(line.Span);
            DateTimeOffset? receivedAt = null;
            ReadOnlyMemory<byte>? message = null;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(lineNumber, "a line must be a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("receivedAt"u8))
                {
                    reader.Read();
                    receivedAt = DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                }
                else if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    message = line.Slice(start, (int)reader.BytesConsumed - start);
                }
                else if (reader.ValueTextEquals("raw"u8))
                {
                    reader.Read();
                    message = System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return new RecordedMessage(
                receivedAt ?? throw Error(lineNumber, "'receivedAt' is missing"),
                message ?? throw Error(lineNumber, "'message' is missing"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw Error(lineNumber, ex.Message, ex);
        }
    }

    private static FormatException Error(int lineNumber, string reason, Exception? inner = null) =>
        new($"Recording line {lineNumber.ToString(CultureInfo.InvariantCulture)} cannot be read: {reason}", inner);
}
