using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>chart</c> payload: one shot. Ids, codes and the players on court repeat from shot to shot and are shared.</summary>
internal static class ChartDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.Eid, "eid"), (Field.T, "t"), (Field.Pid, "pid"), (Field.Tid, "tid"), (Field.Sid, "sid"),
        (Field.Gid, "gid"), (Field.St, "st"), (Field.Is3, "is3"), (Field.Pts, "pts"), (Field.Px, "px"),
        (Field.Py, "py"), (Field.Pz, "pz"), (Field.Hx, "hx"), (Field.Hy, "hy"), (Field.Hz, "hz"), (Field.S, "s"),
        (Field.Z, "z"), (Field.Az, "az"), (Field.D, "d"), (Field.Attributes, "attributes"), (Field.Players, "players"),
        (Field.ShotDefenders, "shotDefenders"), (Field.Prd, "prd"));

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
                case (int)Field.Eid: eid = PropertyReader.ReadString(ref reader, JsonPath.Root("eid")); break;
                case (int)Field.T: t = PropertyReader.ReadInt64(ref reader, JsonPath.Root("t")); break;
                case (int)Field.Pid: pid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("pid")); break;
                case (int)Field.Tid: tid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("tid")); break;
                case (int)Field.Sid: sid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("sid")); break;
                case (int)Field.Gid: gid = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("gid")); break;
                case (int)Field.St: st = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("st")); break;
                case (int)Field.Is3: is3 = PropertyReader.ReadBoolean(ref reader, JsonPath.Root("is3")); break;
                case (int)Field.Pts: pts = PropertyReader.ReadInt32(ref reader, JsonPath.Root("pts")); break;
                case (int)Field.Px: px = PropertyReader.ReadDouble(ref reader, JsonPath.Root("px")); break;
                case (int)Field.Py: py = PropertyReader.ReadDouble(ref reader, JsonPath.Root("py")); break;
                case (int)Field.Pz: pz = PropertyReader.ReadDouble(ref reader, JsonPath.Root("pz")); break;
                case (int)Field.Hx: hx = PropertyReader.ReadDouble(ref reader, JsonPath.Root("hx")); break;
                case (int)Field.Hy: hy = PropertyReader.ReadDouble(ref reader, JsonPath.Root("hy")); break;
                case (int)Field.Hz: hz = PropertyReader.ReadDouble(ref reader, JsonPath.Root("hz")); break;
                case (int)Field.S: s = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("s")); break;
                case (int)Field.Z: z = PropertyReader.ReadInt32(ref reader, JsonPath.Root("z")); break;
                case (int)Field.Az: az = PropertyReader.ReadInt32(ref reader, JsonPath.Root("az")); break;
                case (int)Field.D: d = PropertyReader.ReadDouble(ref reader, JsonPath.Root("d")); break;
                case (int)Field.Attributes: attributes = ObjectReader.ReadStrings(ref reader, "attributes"); break;
                case (int)Field.Players: players = ObjectReader.ReadStrings(ref reader, "players"); break;
                case (int)Field.ShotDefenders: defenders = ObjectReader.ReadInt64s(ref reader, "shotDefenders"); break;
                default: prd = PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("prd")); break; // Field.Prd
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

    private enum Field
    {
        Eid,
        T,
        Pid,
        Tid,
        Sid,
        Gid,
        St,
        Is3,
        Pts,
        Px,
        Py,
        Pz,
        Hx,
        Hy,
        Hz,
        S,
        Z,
        Az,
        D,
        Attributes,
        Players,
        ShotDefenders,
        Prd,
    }
}
