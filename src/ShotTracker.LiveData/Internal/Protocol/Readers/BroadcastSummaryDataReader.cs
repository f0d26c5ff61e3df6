using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>broadcastsummary</c> payload, its period stats and each team's side of them.</summary>
/// <remarks>
/// Overtimes after the first (<c>ot_2_stats</c>, …) have no typed property and are kept raw, as the generated
/// converter keeps them; <see cref="BroadcastSummaryData.AllPeriodStats"/> reads them when asked.
/// </remarks>
internal static class BroadcastSummaryDataReader
{
    // After the wire names, the names of the computed properties: the generated converter skips a JSON property of
    // that name rather than keep it as an unknown one.
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.At, "at"), (Field.AtFormatted, "at_formatted"), (Field.Period, "period"),
        (Field.Reference, "reference"), (Field.GameStats, "game_stats"), (Field.Half1Stats, "half_1_stats"),
        (Field.Half2Stats, "half_2_stats"), (Field.Quarter1Stats, "quarter_1_stats"),
        (Field.Quarter2Stats, "quarter_2_stats"), (Field.Quarter3Stats, "quarter_3_stats"),
        (Field.Quarter4Stats, "quarter_4_stats"), (Field.Ot1Stats, "ot_1_stats"),
        (Field.AllPeriodStats, "AllPeriodStats"), (Field.Time, "Time"), (Field.GamePeriod, "GamePeriod"));

    private static readonly PropertyTable PeriodNames = PropertyTable.Of(
        (PeriodField.Reference, "reference"), (PeriodField.Home, "home"), (PeriodField.Away, "away"));

    private static readonly PropertyTable TeamNames = PropertyTable.Of(
        (TeamField.Team, "team"), (TeamField.Players, "players"));

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
                case (int)Field.At: at = PropertyReader.ReadInt64(ref reader, Names.Path(field)); break;
                case (int)Field.AtFormatted: formatted = PropertyReader.ReadString(ref reader, Names.Path(field)); break;
                case (int)Field.Period: period = PropertyReader.ReadRepeatedString(ref reader, Names.Path(field)); break;
                case (int)Field.Reference: reference = PropertyReader.ReadString(ref reader, Names.Path(field)); break;
                case (int)Field.GameStats: game = ReadPeriod(ref reader, "game_stats"); break;
                case (int)Field.Half1Stats: half1 = ReadPeriod(ref reader, "half_1_stats"); break;
                case (int)Field.Half2Stats: half2 = ReadPeriod(ref reader, "half_2_stats"); break;
                case (int)Field.Quarter1Stats: quarter1 = ReadPeriod(ref reader, "quarter_1_stats"); break;
                case (int)Field.Quarter2Stats: quarter2 = ReadPeriod(ref reader, "quarter_2_stats"); break;
                case (int)Field.Quarter3Stats: quarter3 = ReadPeriod(ref reader, "quarter_3_stats"); break;
                case (int)Field.Quarter4Stats: quarter4 = ReadPeriod(ref reader, "quarter_4_stats"); break;
                case (int)Field.Ot1Stats: overtime1 = ReadPeriod(ref reader, "ot_1_stats"); break;
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
                case (int)PeriodField.Reference: reference = PropertyReader.ReadString(ref reader, PeriodNames.Path(field)); break;
                case (int)PeriodField.Home: home = ObjectReader.ReadObject(ref reader, "home", ReadTeam); break;
                default: away = ObjectReader.ReadObject(ref reader, "away", ReadTeam); break; // PeriodField.Away
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
            if (field == (int)TeamField.Team)
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

    private enum Field
    {
        At,
        AtFormatted,
        Period,
        Reference,
        GameStats,
        Half1Stats,
        Half2Stats,
        Quarter1Stats,
        Quarter2Stats,
        Quarter3Stats,
        Quarter4Stats,
        Ot1Stats,
        AllPeriodStats,
        Time,
        GamePeriod,
    }

    private enum PeriodField
    {
        Reference,
        Home,
        Away,
    }

    private enum TeamField
    {
        Team,
        Players,
    }
}
