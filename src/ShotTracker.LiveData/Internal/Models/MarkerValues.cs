using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>Reads the untyped fields of markers whose shape the documentation does not give.</summary>
internal static class MarkerValues
{
    /// <summary>An id sent as a string or a number, as text; <see langword="null"/> for anything else.</summary>
    public static string? IdText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>An array of ids sent as strings or numbers; entries of other kinds are skipped.</summary>
    public static IReadOnlyList<string>? IdList(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var ids = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (IdText(item) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
