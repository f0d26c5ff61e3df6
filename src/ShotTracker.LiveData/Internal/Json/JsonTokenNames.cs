using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>Names JSON token types the way error messages speak of values ("an array", "a number").</summary>
internal static class JsonTokenNames
{
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Returns the text of the current number token for an error message, cut short when long.</summary>
    public static string NumberText(ref Utf8JsonReader reader)
    {
        // Numbers are never escaped and always ASCII, so the raw bytes are the text.
        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        var text = System.Text.Encoding.ASCII.GetString(raw, 0, Math.Min(raw.Length, 64));
        return raw.Length > 64 ? $"{text}… ({raw.Length} digits)" : text;
    }

    /// <summary>Quotes a value for an error message, cut short when long (a frame may hold megabytes of text).</summary>
    public static string Quote(string? text) => text switch
    {
        null => "null",
        { Length: > 64 } => $"\"{text.Substring(0, 64)}…\" ({text.Length} characters)",
        _ => $"\"{text}\"",
    };
}
