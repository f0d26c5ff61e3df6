using System.Text.Json;
using System.Text.Json.Serialization;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>
/// A hand-written converter for the <c>location</c> payload, the highest-rate message in the feed: one pass,
/// no boxing, an exactly-sized sample array, and shared strings for values that repeat in every frame.
/// </summary>
/// <remarks>
/// The generated converter binds <c>init</c> properties through a constructor-argument buffer that boxes every
/// number; for a frame of eleven samples that doubled the parse time and allocations. Behaviour matches the
/// generated converters: tolerant numbers, unknown properties kept in <see cref="LiveDataModel.AdditionalProperties"/>,
/// nulls omitted when writing.
/// </remarks>
internal sealed class LocationDataConverter : JsonConverter<LocationData>
{
    public override LocationData? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object but found {reader.TokenType}.");
        }

        long? gameClock = null, shotClock = null;
        bool? clockRunning = null;
        string? period = null, facilityId = null, courtId = null, sessionId = null;
        IReadOnlyList<LocationSample>? locations = null;
        Dictionary<string, JsonElement>? extra = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Match(PropertyName.Get(ref reader));
            var unknownName = field == Field.Unknown ? reader.GetString() : null;
            reader.Read();
            switch (field)
            {
                case Field.Cr: clockRunning = PropertyReader.ReadBoolean(ref reader, JsonPath.Root("cr")); break;
                case Field.Gcms: gameClock = PropertyReader.ReadInt64(ref reader, JsonPath.Root("gcms")); break;
                case Field.Scms: shotClock = PropertyReader.ReadInt64(ref reader, JsonPath.Root("scms")); break;
                case Field.Period: period = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("period")); break;
                case Field.CourtId: courtId = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("courtId")); break;
                case Field.Locations: locations = ReadSamples(ref reader); break;
                case Field.SessionId: sessionId = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("sessionId")); break;
                case Field.FacilityId: facilityId = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("facilityId")); break;
                default: ExtensionData.Add(ref extra, unknownName!, ref reader); break;
            }
        }

        return new LocationData
        {
            GameClockMilliseconds = gameClock,
            ShotClockMilliseconds = shotClock,
            ClockRunning = clockRunning,
            Period = period,
            FacilityId = facilityId,
            CourtId = courtId,
            SessionId = sessionId,
            Locations = locations,
            AdditionalProperties = extra,
        };
    }

    public override void Write(Utf8JsonWriter writer, LocationData value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteNumber(writer, "gcms"u8, value.GameClockMilliseconds);
        WriteNumber(writer, "scms"u8, value.ShotClockMilliseconds);
        if (value.ClockRunning is { } running)
        {
            writer.WriteBoolean("cr"u8, running);
        }

        WriteString(writer, "period"u8, value.Period);
        WriteString(writer, "facilityId"u8, value.FacilityId);
        WriteString(writer, "courtId"u8, value.CourtId);
        WriteString(writer, "sessionId"u8, value.SessionId);
        if (value.Locations is { } samples)
        {
            writer.WriteStartArray("locations"u8);
            foreach (var sample in samples)
            {
                WriteSample(writer, sample);
            }

            writer.WriteEndArray();
        }

        ExtensionData.Write(writer, value.AdditionalProperties);
        writer.WriteEndObject();
    }

    // Frames hold about eleven samples; the shared array loop gathers them in a pooled scratch array.
    private static LocationSample[]? ReadSamples(ref Utf8JsonReader reader) =>
        ObjectReader.ReadArray<LocationSample, SampleElement>(ref reader, "locations", default);

    private static void WriteSample(Utf8JsonWriter writer, LocationSample sample)
    {
        writer.WriteStartObject();
        WriteNumber(writer, "t"u8, sample.Timestamp);
        WriteString(writer, "type"u8, sample.Type);
        WriteNumber(writer, "pid"u8, sample.PlayerId);
        WriteString(writer, "bid"u8, sample.BallId);
        WriteNumber(writer, "tid"u8, sample.TeamId);
        WriteNumber(writer, "x"u8, sample.X);
        WriteNumber(writer, "y"u8, sample.Y);
        WriteNumber(writer, "z"u8, sample.Z);
        WriteNumber(writer, "speed"u8, sample.Speed);
        WriteNumber(writer, "dist"u8, sample.Distance);
        WriteNumber(writer, "vx"u8, sample.VelocityX);
        WriteNumber(writer, "vy"u8, sample.VelocityY);
        WriteNumber(writer, "vz"u8, sample.VelocityZ);
        ExtensionData.Write(writer, sample.AdditionalProperties);
        writer.WriteEndObject();
    }

    // One match per property: the same result says which slot to fill and whether the name must be kept as extra.
    private static Field Match(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("cr"u8) => Field.Cr,
        4 when name.SequenceEqual("gcms"u8) => Field.Gcms,
        4 when name.SequenceEqual("scms"u8) => Field.Scms,
        6 when name.SequenceEqual("period"u8) => Field.Period,
        7 when name.SequenceEqual("courtId"u8) => Field.CourtId,
        9 when name.SequenceEqual("locations"u8) => Field.Locations,
        9 when name.SequenceEqual("sessionId"u8) => Field.SessionId,
        10 when name.SequenceEqual("facilityId"u8) => Field.FacilityId,
        _ => Field.Unknown,
    };

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private enum Field
    {
        Unknown,
        Cr,
        Gcms,
        Scms,
        Period,
        CourtId,
        Locations,
        SessionId,
        FacilityId,
    }

    /// <summary>Reads one location sample, its index naming it in error paths.</summary>
    private readonly struct SampleElement : IArrayElementReader<LocationSample>
    {
        public LocationSample Read(ref Utf8JsonReader reader, int index) => LocationSampleReader.Read(ref reader, index);
    }
}
