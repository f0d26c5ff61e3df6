using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>Reads one element of a JSON array at the reader's current token, leaving the reader on its last token.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal interface IArrayElementReader<out T>
{
    /// <summary>Reads the element at <paramref name="index"/> (the index names it in error paths).</summary>
    T Read(ref Utf8JsonReader reader, int index);
}
