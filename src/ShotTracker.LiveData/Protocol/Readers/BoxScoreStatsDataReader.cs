using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a <c>boxscorestatsv2</c> payload and its two stat lines.</summary>
internal static class BoxScoreStatsDataReader
{
    private static readonly PropertyTable Names = new(
        "classification", "act", "eid", "tid", "st", "sid", "t", "gid", "stats", "totalStats", "v", "pid", "prd", "px", "py", "hex", "hey");

    private static readonly PropertyTable StatNames = new(
        "FG", "FGA", "FG2", "FGA2", "FG3", "FGA3", "FT", "FTA", "PTS", "REB", "OFFENSIVE_REB", "DEFENSIVE_REB", "AST", "STL",
        "TO", "BLK", "FL", "FLDN", "PLUS_MINUS", "TEAM_SCORE");

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
                case 0: classification = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 1: act = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 2: eid = PropertyReader.ReadString(ref reader, path); break;
                case 3: tid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 4: st = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 5: sid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 6: t = PropertyReader.ReadInt64(ref reader, path); break;
                case 7: gid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 8: stats = ObjectReader.ReadObject(ref reader, "stats", ReadStats); break;
                case 9: totalStats = ObjectReader.ReadObject(ref reader, "totalStats", ReadStats); break;
                case 10: v = PropertyReader.ReadInt64(ref reader, path); break;
                case 11: pid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 12: prd = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 13: px = PropertyReader.ReadDouble(ref reader, path); break;
                case 14: py = PropertyReader.ReadDouble(ref reader, path); break;
                case 15: hex = PropertyReader.ReadDouble(ref reader, path); break;
                default: hey = PropertyReader.ReadDouble(ref reader, path); break;
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
}
