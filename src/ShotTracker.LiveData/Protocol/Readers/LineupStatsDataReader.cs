using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a <c>lineupstats</c> payload and its stat values.</summary>
internal static class LineupStatsDataReader
{
    private static readonly PropertyTable Names = new("tid", "sid", "gid", "stats", "players");

    private static readonly PropertyTable StatNames = new(
        "FG_RATE", "REB_RATE", "TOTAL_POINTS_SCORED", "TOTAL_TURNOVERS", "PPP", "OPPP", "PLUS_MINUS");

    public static LineupStatsData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        string? tid = null, sid = null, gid = null;
        LineupStatValues? stats = null;
        string[]? players = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: tid = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                case 1: sid = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                case 2: gid = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                case 3: stats = ObjectReader.ReadObject(ref reader, "stats", ReadStats); break;
                default: players = ObjectReader.ReadStrings(ref reader, "players"); break;
            }
        }

        return new LineupStatsData { TeamId = tid, SessionId = sid, GameId = gid, Stats = stats, Players = players, AdditionalProperties = extra };
    }

    private static LineupStatValues ReadStats(ref Utf8JsonReader reader)
    {
        double? fgRate = null, rebRate = null, ppp = null, oppp = null;
        int? points = null, turnovers = null, plusMinus = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, StatNames, ref last, out var field, ref extra))
        {
            var path = StatNames.Path(field);
            switch (field)
            {
                case 0: fgRate = PropertyReader.ReadDouble(ref reader, path); break;
                case 1: rebRate = PropertyReader.ReadDouble(ref reader, path); break;
                case 2: points = PropertyReader.ReadInt32(ref reader, path); break;
                case 3: turnovers = PropertyReader.ReadInt32(ref reader, path); break;
                case 4: ppp = PropertyReader.ReadDouble(ref reader, path); break;
                case 5: oppp = PropertyReader.ReadDouble(ref reader, path); break;
                default: plusMinus = PropertyReader.ReadInt32(ref reader, path); break;
            }
        }

        return new LineupStatValues
        {
            FieldGoalRate = fgRate,
            ReboundRate = rebRate,
            TotalPointsScored = points,
            TotalTurnovers = turnovers,
            PointsPerPossession = ppp,
            OpponentPointsPerPossession = oppp,
            PlusMinus = plusMinus,
            AdditionalProperties = extra,
        };
    }
}
