using System.Globalization;
using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>
/// Best-effort reads of loosely typed values for computed views: a value that does not fit gives
/// <see langword="null"/> instead of an exception, because its raw JSON is still kept where it came from.
/// </summary>
internal static class JsonValues
{
    public static double? ReadDouble(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDouble(out var number) => number,
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static int? ReadInt32(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var exact))
        {
            return exact;
        }

        // 3.0 and "3" are the integer 3; 3.5 is not an integer and is not rounded.
        return ReadDouble(value) is { } number && Math.Floor(number) == number && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : null;
    }

    public static string? ReadText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
