using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Reads raw JSON values (unmapped properties, undocumented shapes) only when every string in them is valid text,
/// so that whatever is accepted can be written back; the built-in converter would accept text it cannot write.
/// </summary>
internal sealed class JsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ParseElement(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) =>
        value.WriteTo(writer);
}
