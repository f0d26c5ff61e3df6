using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>Reads one element of a location frame's <c>locations</c> array; see <see cref="LocationDataConverter"/>.</summary>
internal static class LocationSampleReader
{
    public static LocationSample Read(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw PropertyReader.Mismatch(ref reader, JsonPath.Element("locations", index, string.Empty), "an object");
        }

        long? timestamp = null, playerId = null, teamId = null;
        string? type = null, ballId = null;
        double? x = null, y = null, z = null, speed = null, distance = null, vx = null, vy = null, vz = null;
        Dictionary<string, JsonElement>? extra = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = PropertyName.Get(ref reader);
            var field = Match(name);
            var unknownName = field == Field.Unknown ? reader.GetString() : null;
            reader.Read();
            switch (field)
            {
                case Field.T: timestamp = PropertyReader.ReadInt64(ref reader, At(index, "t")); break;
                case Field.X: x = PropertyReader.ReadDouble(ref reader, At(index, "x")); break;
                case Field.Y: y = PropertyReader.ReadDouble(ref reader, At(index, "y")); break;
                case Field.Z: z = PropertyReader.ReadDouble(ref reader, At(index, "z")); break;
                case Field.Vx: vx = PropertyReader.ReadDouble(ref reader, At(index, "vx")); break;
                case Field.Vy: vy = PropertyReader.ReadDouble(ref reader, At(index, "vy")); break;
                case Field.Vz: vz = PropertyReader.ReadDouble(ref reader, At(index, "vz")); break;
                case Field.Pid: playerId = PropertyReader.ReadInt64(ref reader, At(index, "pid")); break;
                case Field.Tid: teamId = PropertyReader.ReadInt64(ref reader, At(index, "tid")); break;
                case Field.Bid: ballId = PropertyReader.ReadRepeatedString(ref reader, At(index, "bid")); break;
                case Field.Type: type = ReadType(ref reader, index); break;
                case Field.Dist: distance = PropertyReader.ReadDouble(ref reader, At(index, "dist")); break;
                case Field.Speed: speed = PropertyReader.ReadDouble(ref reader, At(index, "speed")); break;
                default: ExtensionData.Add(ref extra, unknownName!, ref reader); break;
            }
        }

        return new LocationSample
        {
            Timestamp = timestamp,
            Type = type,
            PlayerId = playerId,
            BallId = ballId,
            TeamId = teamId,
            X = x,
            Y = y,
            Z = z,
            Speed = speed,
            Distance = distance,
            VelocityX = vx,
            VelocityY = vy,
            VelocityZ = vz,
            AdditionalProperties = extra,
        };
    }

    private static JsonPath At(int index, string property) => JsonPath.Element("locations", index, property);

    private static string? ReadType(ref Utf8JsonReader reader, int index)
    {
        // PLAYER and BALL arrive eleven times a frame: hand out the same two strings.
        // ValueTextEquals unescapes escaped text and throws on a lone surrogate: escaped values take the checked path.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            if (reader.ValueTextEquals("PLAYER"u8))
            {
                return LocationSample.PlayerType;
            }

            if (reader.ValueTextEquals("BALL"u8))
            {
                return LocationSample.BallType;
            }
        }

        return PropertyReader.ReadString(ref reader, At(index, "type"));
    }

    private static Field Match(ReadOnlySpan<byte> name) => name.Length switch
    {
        1 => name[0] switch
        {
            (byte)'t' => Field.T,
            (byte)'x' => Field.X,
            (byte)'y' => Field.Y,
            (byte)'z' => Field.Z,
            _ => Field.Unknown,
        },
        2 when name[0] == (byte)'v' => name[1] switch
        {
            (byte)'x' => Field.Vx,
            (byte)'y' => Field.Vy,
            (byte)'z' => Field.Vz,
            _ => Field.Unknown,
        },
        3 when name.SequenceEqual("pid"u8) => Field.Pid,
        3 when name.SequenceEqual("tid"u8) => Field.Tid,
        3 when name.SequenceEqual("bid"u8) => Field.Bid,
        4 when name.SequenceEqual("type"u8) => Field.Type,
        4 when name.SequenceEqual("dist"u8) => Field.Dist,
        5 when name.SequenceEqual("speed"u8) => Field.Speed,
        _ => Field.Unknown,
    };

    private enum Field
    {
        Unknown,
        T,
        Type,
        Pid,
        Bid,
        Tid,
        X,
        Y,
        Z,
        Speed,
        Dist,
        Vx,
        Vy,
        Vz,
    }
}
