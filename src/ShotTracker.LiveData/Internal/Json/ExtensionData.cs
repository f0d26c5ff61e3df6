using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>Keeps and writes back the properties a hand-written converter has no typed slot for.</summary>
internal static class ExtensionData
{
    public static void Add(ref Dictionary<string, JsonElement>? extra, string name, ref Utf8JsonReader reader) =>
        (extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonText.ParseElement(ref reader);

    public static void Write(Utf8JsonWriter writer, IDictionary<string, JsonElement>? extra)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var property in extra)
        {
            writer.WritePropertyName(property.Key);
            property.Value.WriteTo(writer);
        }
    }
}
