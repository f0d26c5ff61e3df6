using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a team's stat line of a broadcast summary (<c>home.team</c>, <c>away.team</c>) and its top lineups.</summary>
/// <remarks>The per-possession-type fields (<c>OVERALL_PTS</c>, …) are unmapped and kept raw, as the generated converter keeps them.</remarks>
internal static class TeamStatLineReader
{
    // The order the service sends them in, so that the table finds each name on its first try; last, the computed
    // property, whose name the generated converter skips rather than keep as an unknown property.
    private static readonly string[] NameList =
    [
        "team_id", "consumer_code", "team_name", "TWO_POINT_PCT_DISPLAY", "FG", "FGA", "FG_FRACTION", "FG_PCT_DISPLAY", "FG2",
        "FGA2", "FG2_FRACTION", "FG2_PCT_DISPLAY", "FG3", "FGA3", "FG3_FRACTION", "FG3_PCT_DISPLAY", "FT", "FTA", "FT_FRACTION",
        "FT_PCT_DISPLAY", "PTS", "REB", "OFFENSIVE_REB", "DEFENSIVE_REB", "AST", "STL", "TO", "LBTO", "DBTO", "DIST", "DIST_MILES",
        "BLK", "FL", "FLDN", "PPTS", "AST_TO_RATE", "SECOND_CHANCE_POINTS", "POINTS_OFF_TURNOVER", "shots", "shot_locations",
        "cas_shots", "otd_shots", "lineup_stats", "PossessionTypes",
    ];

    private static readonly PropertyTable Names = new(NameList);

    private static readonly int[] Shared = StatLineValues.Slots(NameList);

    private static readonly PropertyTable LineupNames = new("player_ids", "PLUS_MINUS", "TOTAL_POINTS_SCORED", "TOTAL_POINTS_ALLOWED");

    public static TeamStatLine Read(ref Utf8JsonReader reader)
    {
        var s = default(StatLineValues);
        long? teamId = null;
        string? teamName = null;
        int? secondChance = null, offTurnovers = null;
        TopLineup[]? lineups = null;
        Dictionary<string, JsonElement>? extra = ExtensionScratch.Rent();
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            var path = Names.Path(field);
            if (Shared[field] >= 0)
            {
                s.Read(ref reader, Shared[field], path);
                continue;
            }

            switch (field)
            {
                case 0: teamId = PropertyReader.ReadInt64(ref reader, path); break;
                case 2: teamName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 36: secondChance = PropertyReader.ReadInt32(ref reader, path); break;
                case 37: offTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
                case 42: lineups = ObjectReader.ReadArray(ref reader, "lineup_stats", ReadLineup); break;
                default: reader.Skip(); break;
            }
        }

        return new TeamStatLine(s)
        {
            TeamId = teamId,
            TeamName = teamName,
            SecondChancePoints = secondChance,
            PointsOffTurnovers = offTurnovers,
            TopLineups = lineups,
            AdditionalProperties = ExtensionScratch.Complete(extra!),
        };
    }

    private static TopLineup ReadLineup(ref Utf8JsonReader reader) =>
        ObjectReader.ReadObject(ref reader, "lineup_stats[]", ReadLineupObject)!;

    private static TopLineup ReadLineupObject(ref Utf8JsonReader reader)
    {
        long[]? players = null;
        int? plusMinus = null, scored = null, allowed = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, LineupNames, ref last, out var field, ref extra))
        {
            var path = LineupNames.Path(field);
            switch (field)
            {
                case 0: players = ObjectReader.ReadInt64s(ref reader, "player_ids"); break;
                case 1: plusMinus = PropertyReader.ReadInt32(ref reader, path); break;
                case 2: scored = PropertyReader.ReadInt32(ref reader, path); break;
                default: allowed = PropertyReader.ReadInt32(ref reader, path); break;
            }
        }

        return new TopLineup { PlayerIds = players, PlusMinus = plusMinus, TotalPointsScored = scored, TotalPointsAllowed = allowed, AdditionalProperties = extra };
    }
}
