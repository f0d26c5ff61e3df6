using System.Text;

namespace ShotTracker.LiveData.Testing;

/// <summary>One message of an NDJSON recording: exactly what was received, and when.</summary>
/// <param name="ReceivedAt">When the message was received.</param>
/// <param name="Utf8Json">The message exactly as received, as UTF-8 (normally one JSON envelope).</param>
public sealed record RecordedMessage(DateTimeOffset ReceivedAt, ReadOnlyMemory<byte> Utf8Json)
{
    /// <summary>Gets the message as a string.</summary>
    /// <returns>The text.</returns>
    public string GetText() => Encoding.UTF8.GetString(Utf8Json.Span);
}
