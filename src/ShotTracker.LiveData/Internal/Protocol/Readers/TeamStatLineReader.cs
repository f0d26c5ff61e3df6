using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a team's stat line of a broadcast summary (<c>home.team</c>, <c>away.team</c>) and its top lineups.</summary>
/// <remarks>The per-possession-type fields (<c>OVERALL_PTS</c>, …) are unmapped and kept raw, as the generated converter keeps them.</remarks>
internal static class TeamStatLineReader
{
    // The order the service sends them in; last, the computed property, whose name the generated converter skips
    // rather than keep as an unknown property.
    private static readonly StatTable Table = new(
    [
        StatField.TeamId, StatField.ConsumerCode, StatField.TeamName, .. StatFields.Shooting, .. StatFields.Counts,
        StatField.SecondChancePoints, StatField.PointsOffTurnover, .. StatFields.ShotMaps, StatField.LineupStats,
        StatField.PossessionTypes,
    ]);

    private static readonly StatTable LineupTable = new(
        StatField.PlayerIds, StatField.PlusMinus, StatField.TotalPointsScored, StatField.TotalPointsAllowed);

    public static TeamStatLine Read(ref Utf8JsonReader reader)
    {
        var s = default(StatLineValues);
        long? teamId = null;
        string? teamName = null;
        int? secondChance = null, offTurnovers = null;
        TopLineup[]? lineups = null;
        Dictionary<string, JsonElement>? extra = ExtensionScratch.Rent();
        var last = -1;
        while (Table.NextOwnField(ref reader, ref last, ref extra, ref s, out var field, out var path))
        {
            switch (field)
            {
                case StatField.TeamId: teamId = PropertyReader.ReadInt64(ref reader, path); break;
                case StatField.TeamName: teamName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case StatField.SecondChancePoints: secondChance = PropertyReader.ReadInt32(ref reader, path); break;
                case StatField.PointsOffTurnover: offTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
                case StatField.LineupStats: lineups = ObjectReader.ReadArray(ref reader, "lineup_stats", ReadLineup); break;
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
        while (ObjectReader.Next(ref reader, LineupTable.Names, ref last, out var index, ref extra))
        {
            var path = LineupTable.Names.Path(index);
            switch (LineupTable.Fields[index])
            {
                case StatField.PlayerIds: players = ObjectReader.ReadInt64s(ref reader, "player_ids"); break;
                case StatField.PlusMinus: plusMinus = PropertyReader.ReadInt32(ref reader, path); break;
                case StatField.TotalPointsScored: scored = PropertyReader.ReadInt32(ref reader, path); break;
                default: allowed = PropertyReader.ReadInt32(ref reader, path); break; // StatField.TotalPointsAllowed
            }
        }

        return new TopLineup { PlayerIds = players, PlusMinus = plusMinus, TotalPointsScored = scored, TotalPointsAllowed = allowed, AdditionalProperties = extra };
    }
}
