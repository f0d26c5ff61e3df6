using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>boxscorestatsv2</c> payload and its two stat lines.</summary>
internal static class BoxScoreStatsDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.Classification, "classification"), (Field.Act, "act"), (Field.Eid, "eid"), (Field.Tid, "tid"),
        (Field.St, "st"), (Field.Sid, "sid"), (Field.T, "t"), (Field.Gid, "gid"), (Field.Stats, "stats"),
        (Field.TotalStats, "totalStats"), (Field.V, "v"), (Field.Pid, "pid"), (Field.Prd, "prd"), (Field.Px, "px"),
        (Field.Py, "py"), (Field.Hex, "hex"), (Field.Hey, "hey"));

    // The counters in the order the service sends them, which is also their order in StatField, so a field's
    // value is its slot in the counter array.
    private static readonly StatTable StatTable = new(
        StatField.Fg, StatField.Fga, StatField.Fg2, StatField.Fga2, StatField.Fg3, StatField.Fga3, StatField.Ft,
        StatField.Fta, StatField.Pts, StatField.Reb, StatField.OffensiveReb, StatField.DefensiveReb, StatField.Ast,
        StatField.Stl, StatField.To, StatField.Blk, StatField.Fl, StatField.Fldn, StatField.PlusMinus,
        StatField.TeamScore);

    /// <summary>The number of counters: every field of <see cref="StatTable"/> is numbered below it.</summary>
    private const int Counters = (int)StatField.TeamScore + 1;

    public static BoxScoreStatsData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        string? classification = null, act = null, eid = null, tid = null, st = null, sid = null, gid = null, pid = null, prd = null;
        long? t = null, v = null;
        BoxScoreStatValues? stats = null, totalStats = null;
        double? px = null, py = null, hex = null, hey = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            var path = Names.Path(field);
            switch (field)
            {
                case (int)Field.Classification: classification = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Act: act = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Eid: eid = PropertyReader.ReadString(ref reader, path); break;
                case (int)Field.Tid: tid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.St: st = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Sid: sid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.T: t = PropertyReader.ReadInt64(ref reader, path); break;
                case (int)Field.Gid: gid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Stats: stats = ObjectReader.ReadObject(ref reader, "stats", ReadStats); break;
                case (int)Field.TotalStats: totalStats = ObjectReader.ReadObject(ref reader, "totalStats", ReadStats); break;
                case (int)Field.V: v = PropertyReader.ReadInt64(ref reader, path); break;
                case (int)Field.Pid: pid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Prd: prd = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Px: px = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)Field.Py: py = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)Field.Hex: hex = PropertyReader.ReadDouble(ref reader, path); break;
                default: hey = PropertyReader.ReadDouble(ref reader, path); break; // Field.Hey
            }
        }

        return new BoxScoreStatsData
        {
            Classification = classification,
            ActorType = act,
            EventId = eid,
            TeamId = tid,
            SessionType = st,
            SessionId = sid,
            Timestamp = t,
            GameId = gid,
            Stats = stats,
            TotalStats = totalStats,
            Version = v,
            PlayerId = pid,
            Period = prd,
            PlayerX = px,
            PlayerY = py,
            HoopX = hex,
            HoopY = hey,
            AdditionalProperties = extra,
        };
    }

    private static BoxScoreStatValues ReadStats(ref Utf8JsonReader reader)
    {
        // Twenty counters: gathered on the stack, not in a heap buffer.
        Span<int?> values = stackalloc int?[Counters];
        values.Clear();
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, StatTable.Names, ref last, out var index, ref extra))
        {
            values[(int)StatTable.Fields[index]] = PropertyReader.ReadInt32(ref reader, StatTable.Names.Path(index));
        }

        return new BoxScoreStatValues
        {
            FieldGoalsMade = values[(int)StatField.Fg],
            FieldGoalsAttempted = values[(int)StatField.Fga],
            TwoPointersMade = values[(int)StatField.Fg2],
            TwoPointersAttempted = values[(int)StatField.Fga2],
            ThreePointersMade = values[(int)StatField.Fg3],
            ThreePointersAttempted = values[(int)StatField.Fga3],
            FreeThrowsMade = values[(int)StatField.Ft],
            FreeThrowsAttempted = values[(int)StatField.Fta],
            Points = values[(int)StatField.Pts],
            Rebounds = values[(int)StatField.Reb],
            OffensiveRebounds = values[(int)StatField.OffensiveReb],
            DefensiveRebounds = values[(int)StatField.DefensiveReb],
            Assists = values[(int)StatField.Ast],
            Steals = values[(int)StatField.Stl],
            Turnovers = values[(int)StatField.To],
            Blocks = values[(int)StatField.Blk],
            Fouls = values[(int)StatField.Fl],
            FoulsDrawn = values[(int)StatField.Fldn],
            PlusMinus = values[(int)StatField.PlusMinus],
            TeamScore = values[(int)StatField.TeamScore],
            AdditionalProperties = extra,
        };
    }

    private enum Field
    {
        Classification,
        Act,
        Eid,
        Tid,
        St,
        Sid,
        T,
        Gid,
        Stats,
        TotalStats,
        V,
        Pid,
        Prd,
        Px,
        Py,
        Hex,
        Hey,
    }
}
