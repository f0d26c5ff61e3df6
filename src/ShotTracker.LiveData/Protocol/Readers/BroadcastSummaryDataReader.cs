using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a <c>broadcastsummary</c> payload, its period stats and each team's side of them.</summary>
/// <remarks>
/// Overtimes after the first (<c>ot_2_stats</c>, …) have no typed property and are kept raw, as the generated
/// converter keeps them; <see cref="BroadcastSummaryData.AllPeriodStats"/> reads them when asked.
/// </remarks>
internal static class BroadcastSummaryDataReader
{
    // After the wire names, the names of the computed properties: the generated converter skips a JSON property of
    // that name rather than keep it as an unknown one.
    private static readonly PropertyTable Names = new(
        "at", "at_formatted", "period", "reference", "game_stats", "half_1_stats", "half_2_stats", "quarter_1_stats",
        "quarter_2_stats", "quarter_3_stats", "quarter_4_stats", "ot_1_stats", "AllPeriodStats", "Time", "GamePeriod");

    private static readonly PropertyTable PeriodNames = new("reference", "home", "away");

    private static readonly PropertyTable TeamNames = new("team", "players");

    public static BroadcastSummaryData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        long? at = null;
        string? formatted = null, period = null, reference = null;
        PeriodStats? game = null, half1 = null, half2 = null, quarter1 = null, quarter2 = null, quarter3 = null, quarter4 = null, overtime1 = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: at = PropertyReader.ReadInt64(ref reader, Names.Path(field)); break;
                case 1: formatted = PropertyReader.ReadString(ref reader, Names.Path(field)); break;
                case 2: period = PropertyReader.ReadRepeatedString(ref reader, Names.Path(field)); break;
                case 3: reference = PropertyReader.ReadString(ref reader, Names.Path(field)); break;
                case 4: game = ReadPeriod(ref reader, "game_stats"); break;
                case 5: half1 = ReadPeriod(ref reader, "half_1_stats"); break;
                case 6: half2 = ReadPeriod(ref reader, "half_2_stats"); break;
                case 7: quarter1 = ReadPeriod(ref reader, "quarter_1_stats"); break;
                case 8: quarter2 = ReadPeriod(ref reader, "quarter_2_stats"); break;
                case 9: quarter3 = ReadPeriod(ref reader, "quarter_3_stats"); break;
                case 10: quarter4 = ReadPeriod(ref reader, "quarter_4_stats"); break;
                case 11: overtime1 = ReadPeriod(ref reader, "ot_1_stats"); break;
                default: reader.Skip(); break;
            }
        }

        return new BroadcastSummaryData
        {
            Timestamp = at,
            FormattedTimestamp = formatted,
            Period = period,
            Reference = reference,
            GameStats = game,
            Half1Stats = half1,
            Half2Stats = half2,
            Quarter1Stats = quarter1,
            Quarter2Stats = quarter2,
            Quarter3Stats = quarter3,
            Quarter4Stats = quarter4,
            Overtime1Stats = overtime1,
            AdditionalProperties = extra,
        };
    }

    private static PeriodStats? ReadPeriod(ref Utf8JsonReader reader, string property) =>
        ObjectReader.ReadObject(ref reader, property, ReadPeriodObject);

    private static PeriodStats ReadPeriodObject(ref Utf8JsonReader reader)
    {
        string? reference = null;
        TeamPeriodStats? home = null, away = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, PeriodNames, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: reference = PropertyReader.ReadString(ref reader, PeriodNames.Path(field)); break;
                case 1: home = ObjectReader.ReadObject(ref reader, "home", ReadTeam); break;
                default: away = ObjectReader.ReadObject(ref reader, "away", ReadTeam); break;
            }
        }

        return new PeriodStats { Reference = reference, Home = home, Away = away, AdditionalProperties = extra };
    }

    private static TeamPeriodStats ReadTeam(ref Utf8JsonReader reader)
    {
        TeamStatLine? team = null;
        PlayerStatLine[]? players = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, TeamNames, ref last, out var field, ref extra))
        {
            if (field == 0)
            {
                team = ObjectReader.ReadObject(ref reader, "team", TeamStatLineReader.Read);
            }
            else
            {
                players = ObjectReader.ReadArray(ref reader, "players", PlayerStatLineReader.ReadElement);
            }
        }

        return new TeamPeriodStats { Team = team, Players = players, AdditionalProperties = extra };
    }
}
