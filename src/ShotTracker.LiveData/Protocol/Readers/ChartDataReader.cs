using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a <c>chart</c> payload: one shot. Ids, codes and the players on court repeat from shot to shot and are shared.</summary>
internal static class ChartDataReader
{
    private static readonly PropertyTable Names = new(
        "eid", "t", "pid", "tid", "sid", "gid", "st", "is3", "pts", "px", "py", "pz", "hx", "hy", "hz", "s", "z", "az", "d",
        "attributes", "players", "shotDefenders", "prd");

    public static ChartData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        string? eid = null, pid = null, tid = null, sid = null, gid = null, st = null, s = null, prd = null;
        long? t = null;
        bool? is3 = null;
        int? pts = null, z = null, az = null;
        double? px = null, py = null, pz = null, hx = null, hy = null, hz = null, d = null;
        string[]? attributes = null, players = null;
        long[]? defenders = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: eid = PropertyReader.ReadString(ref reader, JsonPath.Root("eid")); break;
                case 1: t = PropertyReader.ReadInt64(ref reader, JsonPath.Root("t")); break;
                case 2: pid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("pid")); break;
                case 3: tid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("tid")); break;
                case 4: sid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("sid")); break;
                case 5: gid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("gid")); break;
                case 6: st = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("st")); break;
                case 7: is3 = PropertyReader.ReadBoolean(ref reader, JsonPath.Root("is3")); break;
                case 8: pts = PropertyReader.ReadInt32(ref reader, JsonPath.Root("pts")); break;
                case 9: px = PropertyReader.ReadDouble(ref reader, JsonPath.Root("px")); break;
                case 10: py = PropertyReader.ReadDouble(ref reader, JsonPath.Root("py")); break;
                case 11: pz = PropertyReader.ReadDouble(ref reader, JsonPath.Root("pz")); break;
                case 12: hx = PropertyReader.ReadDouble(ref reader, JsonPath.Root("hx")); break;
                case 13: hy = PropertyReader.ReadDouble(ref reader, JsonPath.Root("hy")); break;
                case 14: hz = PropertyReader.ReadDouble(ref reader, JsonPath.Root("hz")); break;
                case 15: s = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("s")); break;
                case 16: z = PropertyReader.ReadInt32(ref reader, JsonPath.Root("z")); break;
                case 17: az = PropertyReader.ReadInt32(ref reader, JsonPath.Root("az")); break;
                case 18: d = PropertyReader.ReadDouble(ref reader, JsonPath.Root("d")); break;
                case 19: attributes = ObjectReader.ReadStrings(ref reader, "attributes"); break;
                case 20: players = ObjectReader.ReadStrings(ref reader, "players"); break;
                case 21: defenders = ObjectReader.ReadInt64s(ref reader, "shotDefenders"); break;
                default: prd = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("prd")); break;
            }
        }

        return new ChartData
        {
            EventId = eid,
            Timestamp = t,
            PlayerId = pid,
            TeamId = tid,
            SessionId = sid,
            GameId = gid,
            ResultCode = st,
            IsThreePointer = is3,
            Points = pts,
            PlayerX = px,
            PlayerY = py,
            PlayerZ = pz,
            HoopX = hx,
            HoopY = hy,
            HoopZ = hz,
            Status = s,
            Zone = z,
            AdvancedZone = az,
            Distance = d,
            Attributes = attributes,
            Players = players,
            ShotDefenders = defenders,
            Period = prd,
            AdditionalProperties = extra,
        };
    }
}
