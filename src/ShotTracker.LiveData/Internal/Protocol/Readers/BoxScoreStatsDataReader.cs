using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol.Converters;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>boxscorestatsv2</c> payload and its two stat lines.</summary>
internal static class BoxScoreStatsDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.Classification, "classification"), (Field.Act, "act"), (Field.Eid, "eid"), (Field.Tid, "tid"),
        (Field.St, "st"), (Field.Sid, "sid"), (Field.T, "t"), (Field.Gid, "gid"), (Field.Stats, "stats"),
        (Field.TotalStats, "totalStats"), (Field.V, "v"), (Field.Pid, "pid"), (Field.Prd, "prd"), (Field.Px, "px"),
        (Field.Py, "py"), (Field.Hex, "hex"), (Field.Hey, "hey"));

    private static readonly PropertyTable StatNames = PropertyTable.Of(
        (StatField.Fg, "FG"), (StatField.Fga, "FGA"), (StatField.Fg2, "FG2"), (StatField.Fga2, "FGA2"),
        (StatField.Fg3, "FG3"), (StatField.Fga3, "FGA3"), (StatField.Ft, "FT"), (StatField.Fta, "FTA"),
        (StatField.Pts, "PTS"), (StatField.Reb, "REB"), (StatField.OffensiveReb, "OFFENSIVE_REB"),
        (StatField.DefensiveReb, "DEFENSIVE_REB"), (StatField.Ast, "AST"), (StatField.Stl, "STL"),
        (StatField.To, "TO"), (StatField.Blk, "BLK"), (StatField.Fl, "FL"), (StatField.Fldn, "FLDN"),
        (StatField.PlusMinus, "PLUS_MINUS"), (StatField.TeamScore, "TEAM_SCORE"));

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
        Span<int?> values = stackalloc int?[20];
        values.Clear();
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, StatNames, ref last, out var field, ref extra))
        {
            values[field] = PropertyReader.ReadInt32(ref reader, StatNames.Path(field));
        }

        return new BoxScoreStatValues
        {
            FieldGoalsMade = values[0],
            FieldGoalsAttempted = values[1],
            TwoPointersMade = values[2],
            TwoPointersAttempted = values[3],
            ThreePointersMade = values[4],
            ThreePointersAttempted = values[5],
            FreeThrowsMade = values[6],
            FreeThrowsAttempted = values[7],
            Points = values[8],
            Rebounds = values[9],
            OffensiveRebounds = values[10],
            DefensiveRebounds = values[11],
            Assists = values[12],
            Steals = values[13],
            Turnovers = values[14],
            Blocks = values[15],
            Fouls = values[16],
            FoulsDrawn = values[17],
            PlusMinus = values[18],
            TeamScore = values[19],
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

    private enum StatField
    {
        Fg,
        Fga,
        Fg2,
        Fga2,
        Fg3,
        Fga3,
        Ft,
        Fta,
        Pts,
        Reb,
        OffensiveReb,
        DefensiveReb,
        Ast,
        Stl,
        To,
        Blk,
        Fl,
        Fldn,
        PlusMinus,
        TeamScore,
    }
}
