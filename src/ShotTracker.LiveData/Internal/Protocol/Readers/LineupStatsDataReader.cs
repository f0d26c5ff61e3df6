using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>lineupstats</c> payload and its stat values.</summary>
internal static class LineupStatsDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.Tid, "tid"), (Field.Sid, "sid"), (Field.Gid, "gid"), (Field.Stats, "stats"),
        (Field.Players, "players"));

    private static readonly PropertyTable StatNames = PropertyTable.Of(
        (StatField.FgRate, "FG_RATE"), (StatField.RebRate, "REB_RATE"),
        (StatField.TotalPointsScored, "TOTAL_POINTS_SCORED"), (StatField.TotalTurnovers, "TOTAL_TURNOVERS"),
        (StatField.Ppp, "PPP"), (StatField.Oppp, "OPPP"), (StatField.PlusMinus, "PLUS_MINUS"));

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
                case (int)Field.Tid: tid = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                case (int)Field.Sid: sid = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                case (int)Field.Gid: gid = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                case (int)Field.Stats: stats = ObjectReader.ReadObject(ref reader, "stats", ReadStats); break;
                default: players = ObjectReader.ReadStrings(ref reader, "players"); break; // Field.Players
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
                case (int)StatField.FgRate: fgRate = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)StatField.RebRate: rebRate = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)StatField.TotalPointsScored: points = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)StatField.TotalTurnovers: turnovers = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)StatField.Ppp: ppp = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)StatField.Oppp: oppp = PropertyReader.ReadDouble(ref reader, path); break;
                default: plusMinus = PropertyReader.ReadInt32(ref reader, path); break; // StatField.PlusMinus
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

    private enum Field
    {
        Tid,
        Sid,
        Gid,
        Stats,
        Players,
    }

    private enum StatField
    {
        FgRate,
        RebRate,
        TotalPointsScored,
        TotalTurnovers,
        Ppp,
        Oppp,
        PlusMinus,
    }
}
