using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads the shot maps of a broadcast summary's stat lines: zones (<c>shots</c>, …) and <c>shot_locations</c>.</summary>
internal static class ShotReader
{
    private static readonly PropertyTable ZoneNames = PropertyTable.Of(
        (ZoneField.Display, "DISPLAY"), (ZoneField.PctDisplay, "PCT_DISPLAY"), (ZoneField.R, "R"), (ZoneField.G, "G"),
        (ZoneField.B, "B"));

    private static readonly PropertyTable LocationNames = PropertyTable.Of(
        (LocationField.Make, "make"), (LocationField.Miss, "miss"));

    /// <summary>Reads a list of zones; a null element is kept, as the generated converter keeps it.</summary>
    public static ShotZoneStats[]? ReadZones(ref Utf8JsonReader reader, string property) =>
        ObjectReader.ReadArray(ref reader, property, ReadZone);

    public static ShotLocations ReadLocations(ref Utf8JsonReader reader)
    {
        ShotLocation[]? made = null, missed = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, LocationNames, ref last, out var field, ref extra))
        {
            if (field == (int)LocationField.Make)
            {
                made = ReadShots(ref reader, "make");
            }
            else
            {
                missed = ReadShots(ref reader, "miss");
            }
        }

        return new ShotLocations { Made = made, Missed = missed, AdditionalProperties = extra };
    }

    private static ShotZoneStats ReadZone(ref Utf8JsonReader reader) =>
        ObjectReader.ReadObject(ref reader, "shots[]", ReadZoneObject)!;

    private static ShotZoneStats ReadZoneObject(ref Utf8JsonReader reader)
    {
        string? display = null, percent = null;
        int? red = null, green = null, blue = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, ZoneNames, ref last, out var field, ref extra))
        {
            var path = ZoneNames.Path(field);
            switch (field)
            {
                case (int)ZoneField.Display: display = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)ZoneField.PctDisplay: percent = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)ZoneField.R: red = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)ZoneField.G: green = PropertyReader.ReadInt32(ref reader, path); break;
                default: blue = PropertyReader.ReadInt32(ref reader, path); break; // ZoneField.B
            }
        }

        return new ShotZoneStats { Display = display, PercentDisplay = percent, Red = red, Green = green, Blue = blue, AdditionalProperties = extra };
    }

    // The shape of a shot is undocumented, so each is kept raw. One document holds the whole array and each shot is an
    // element of it (ShotLocation's clone of an element of a document that needs no disposing is the element itself):
    // one copy of the bytes instead of one document per shot. A null element is kept, as the generated converter keeps it.
    private static ShotLocation[]? ReadShots(ref Utf8JsonReader reader, string property) =>
        ObjectReader.ReadRawArray(ref reader, property, static element => element.ValueKind == JsonValueKind.Null ? null! : new ShotLocation(element));

    private enum ZoneField
    {
        Display,
        PctDisplay,
        R,
        G,
        B,
    }

    private enum LocationField
    {
        Make,
        Miss,
    }
}
