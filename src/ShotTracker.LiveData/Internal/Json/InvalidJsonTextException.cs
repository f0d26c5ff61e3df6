using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>A JSON string that is well formed but is not valid text (invalid UTF-8, a lone or reversed surrogate escape).</summary>
/// <remarks>
/// The path is left unset so that the serializer fills in where the string is; <see cref="JsonException.BytePositionInLine"/>
/// holds the string's offset in the reader's input until then.
/// </remarks>
internal sealed class InvalidJsonTextException(string reason, long position, Exception? innerException)
    : JsonException($"The JSON string is not valid text: {reason}", path: null, lineNumber: null, bytePositionInLine: position, innerException)
{
    public string Reason { get; } = reason;

    public long Position { get; } = position;
}
