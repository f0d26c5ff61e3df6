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
