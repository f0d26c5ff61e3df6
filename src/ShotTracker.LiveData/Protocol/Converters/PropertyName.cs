using System.Text.Json;

namespace ShotTracker.LiveData.Protocol.Converters;

/// <summary>Gets the current property name as UTF-8 bytes, without allocating unless it is escaped.</summary>
/// <remarks>An escaped name that is not valid text (<c>"\ud800"</c>) throws <see cref="InvalidJsonTextException"/>.</remarks>
internal static class PropertyName
{
    /// <summary>Returns the unescaped name of the <see cref="JsonTokenType.PropertyName"/> token.</summary>
    public static ReadOnlySpan<byte> Get(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return reader.ValueSpan;
        }

        // Escaped names ("\u0078") are legal but never seen in practice: unescaping into a fresh array is fine.
        var rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var buffer = new byte[rawLength];
        try
        {
            return buffer.AsSpan(0, reader.CopyString(buffer));
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidJsonTextException(ex.Message, reader.TokenStartIndex, ex);
        }
    }
}
