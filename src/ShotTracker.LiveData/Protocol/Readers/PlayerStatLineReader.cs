using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a player's stat line of a broadcast summary (an element of <c>players</c>) and its season stats.</summary>
internal static class PlayerStatLineReader
{
    // The order the service sends them in, so that the table finds each name on its first try; last, the computed
    // property, whose name the generated converter skips rather than keep as an unknown property.
    private static readonly string[] NameList =
    [
        "player_id", "consumer_code", "jersey_number", "first_name", "last_name", "position_abbr", "sensor", "on_the_floor",
        "TWO_POINT_PCT_DISPLAY", "FG", "FGA", "FG_FRACTION", "FG_PCT_DISPLAY", "FG2", "FGA2", "FG2_FRACTION", "FG2_PCT_DISPLAY",
        "FG3", "FGA3", "FG3_FRACTION", "FG3_PCT_DISPLAY", "FT", "FTA", "FT_FRACTION", "FT_PCT_DISPLAY", "PLUS_MINUS", "PTS", "REB",
        "OFFENSIVE_REB", "DEFENSIVE_REB", "AST", "STL", "TO", "LBTO", "DBTO", "DIST", "DIST_MILES", "BLK", "FL", "FLDN", "PPTS",
        "AST_TO_RATE", "shots", "shot_locations", "cas_shots", "otd_shots", "season_stats", "IsTeamRow",
    ];

    private static readonly PropertyTable Names = new(NameList);

    private static readonly int[] Shared = StatLineValues.Slots(NameList);

    private static readonly PropertyTable SeasonNames = new("FT", "FTA", "FT_FRACTION", "FT_PCT_DISPLAY");

    /// <summary>Reads an element of <c>players</c>; a null element is kept, as the generated converter keeps it.</summary>
    public static PlayerStatLine ReadElement(ref Utf8JsonReader reader) =>
        ObjectReader.ReadObject(ref reader, "players[]", Read)!;

    private static PlayerStatLine Read(ref Utf8JsonReader reader)
    {
        var s = default(StatLineValues);
        long? playerId = null, sensor = null;
        int? jersey = null, plusMinus = null;
        string? firstName = null, lastName = null, position = null;
        bool? onTheFloor = null;
        PlayerSeasonStats? season = null;
        Dictionary<string, JsonElement>? extra = null;
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
                case 0: playerId = PropertyReader.ReadInt64(ref reader, path); break;
                case 2: jersey = PropertyReader.ReadInt32(ref reader, path); break;
                case 3: firstName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 4: lastName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 5: position = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 6: sensor = PropertyReader.ReadInt64(ref reader, path); break;
                case 7: onTheFloor = PropertyReader.ReadBoolean(ref reader, path); break;
                case 25: plusMinus = PropertyReader.ReadInt32(ref reader, path); break;
                case 46: season = ObjectReader.ReadObject(ref reader, "season_stats", ReadSeason); break;
                default: reader.Skip(); break;
            }
        }

        return new PlayerStatLine(s)
        {
            PlayerId = playerId,
            JerseyNumber = jersey,
            FirstName = firstName,
            LastName = lastName,
            PositionAbbreviation = position,
            SensorId = sensor,
            OnTheFloor = onTheFloor,
            PlusMinus = plusMinus,
            SeasonStats = season,
            AdditionalProperties = extra,
        };
    }

    private static PlayerSeasonStats ReadSeason(ref Utf8JsonReader reader)
    {
        int? made = null, attempted = null;
        string? fraction = null, percent = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, SeasonNames, ref last, out var field, ref extra))
        {
            var path = SeasonNames.Path(field);
            switch (field)
            {
                case 0: made = PropertyReader.ReadInt32(ref reader, path); break;
                case 1: attempted = PropertyReader.ReadInt32(ref reader, path); break;
                case 2: fraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
                default: percent = PropertyReader.ReadRepeatedString(ref reader, path); break;
            }
        }

        return new PlayerSeasonStats { FreeThrowsMade = made, FreeThrowsAttempted = attempted, FreeThrowFraction = fraction, FreeThrowPercentDisplay = percent, AdditionalProperties = extra };
    }
}
