using System.Text.Json;
using System.Text.Json.Serialization;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>Reads any JSON value into a <see cref="ShotLocation"/> and writes it back verbatim.</summary>
internal sealed class ShotLocationConverter : JsonConverter<ShotLocation>
{
    public override ShotLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(Json.JsonText.ParseElement(ref reader));

    public override void Write(Utf8JsonWriter writer, ShotLocation value, JsonSerializerOptions options) =>
        value.RawValue.WriteTo(writer);
}
