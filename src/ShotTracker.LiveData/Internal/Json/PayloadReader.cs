using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>Reads one JSON value at the reader's current token into a <typeparamref name="T"/>, leaving the reader on its last token.</summary>
/// <typeparam name="T">The type read.</typeparam>
internal delegate T PayloadReader<out T>(ref Utf8JsonReader reader);
