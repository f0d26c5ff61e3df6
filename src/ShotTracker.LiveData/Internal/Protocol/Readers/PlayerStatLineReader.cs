using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol.Converters;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a player's stat line of a broadcast summary (an element of <c>players</c>) and its season stats.</summary>
internal static class PlayerStatLineReader
{
    // The order the service sends them in, so that the table finds each name on its first try; last, the computed
    // property, whose name the generated converter skips rather than keep as an unknown property.
    private static readonly string[] NameList = FieldNames.Of(
        (Field.PlayerId, "player_id"), (Field.ConsumerCode, "consumer_code"), (Field.JerseyNumber, "jersey_number"),
        (Field.FirstName, "first_name"), (Field.LastName, "last_name"), (Field.PositionAbbr, "position_abbr"),
        (Field.Sensor, "sensor"), (Field.OnTheFloor, "on_the_floor"),
        (Field.TwoPointPctDisplay, "TWO_POINT_PCT_DISPLAY"), (Field.Fg, "FG"), (Field.Fga, "FGA"),
        (Field.FgFraction, "FG_FRACTION"), (Field.FgPctDisplay, "FG_PCT_DISPLAY"), (Field.Fg2, "FG2"),
        (Field.Fga2, "FGA2"), (Field.Fg2Fraction, "FG2_FRACTION"), (Field.Fg2PctDisplay, "FG2_PCT_DISPLAY"),
        (Field.Fg3, "FG3"), (Field.Fga3, "FGA3"), (Field.Fg3Fraction, "FG3_FRACTION"),
        (Field.Fg3PctDisplay, "FG3_PCT_DISPLAY"), (Field.Ft, "FT"), (Field.Fta, "FTA"),
        (Field.FtFraction, "FT_FRACTION"), (Field.FtPctDisplay, "FT_PCT_DISPLAY"), (Field.PlusMinus, "PLUS_MINUS"),
        (Field.Pts, "PTS"), (Field.Reb, "REB"), (Field.OffensiveReb, "OFFENSIVE_REB"),
        (Field.DefensiveReb, "DEFENSIVE_REB"), (Field.Ast, "AST"), (Field.Stl, "STL"), (Field.To, "TO"),
        (Field.Lbto, "LBTO"), (Field.Dbto, "DBTO"), (Field.Dist, "DIST"), (Field.DistMiles, "DIST_MILES"),
        (Field.Blk, "BLK"), (Field.Fl, "FL"), (Field.Fldn, "FLDN"), (Field.Ppts, "PPTS"),
        (Field.AstToRate, "AST_TO_RATE"), (Field.Shots, "shots"), (Field.ShotLocations, "shot_locations"),
        (Field.CasShots, "cas_shots"), (Field.OtdShots, "otd_shots"), (Field.SeasonStats, "season_stats"),
        (Field.IsTeamRow, "IsTeamRow"));

    private static readonly PropertyTable Names = new(NameList);

    private static readonly int[] Shared = StatLineValues.Slots(NameList);

    private static readonly PropertyTable SeasonNames = PropertyTable.Of(
        (SeasonField.Ft, "FT"), (SeasonField.Fta, "FTA"), (SeasonField.FtFraction, "FT_FRACTION"),
        (SeasonField.FtPctDisplay, "FT_PCT_DISPLAY"));

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
                case (int)Field.PlayerId: playerId = PropertyReader.ReadInt64(ref reader, path); break;
                case (int)Field.JerseyNumber: jersey = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)Field.FirstName: firstName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.LastName: lastName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.PositionAbbr: position = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Sensor: sensor = PropertyReader.ReadInt64(ref reader, path); break;
                case (int)Field.OnTheFloor: onTheFloor = PropertyReader.ReadBoolean(ref reader, path); break;
                case (int)Field.PlusMinus: plusMinus = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)Field.SeasonStats: season = ObjectReader.ReadObject(ref reader, "season_stats", ReadSeason); break;
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
                case (int)SeasonField.Ft: made = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)SeasonField.Fta: attempted = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)SeasonField.FtFraction: fraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
                default: percent = PropertyReader.ReadRepeatedString(ref reader, path); break; // SeasonField.FtPctDisplay
            }
        }

        return new PlayerSeasonStats { FreeThrowsMade = made, FreeThrowsAttempted = attempted, FreeThrowFraction = fraction, FreeThrowPercentDisplay = percent, AdditionalProperties = extra };
    }

    private enum Field
    {
        PlayerId,
        ConsumerCode,
        JerseyNumber,
        FirstName,
        LastName,
        PositionAbbr,
        Sensor,
        OnTheFloor,
        TwoPointPctDisplay,
        Fg,
        Fga,
        FgFraction,
        FgPctDisplay,
        Fg2,
        Fga2,
        Fg2Fraction,
        Fg2PctDisplay,
        Fg3,
        Fga3,
        Fg3Fraction,
        Fg3PctDisplay,
        Ft,
        Fta,
        FtFraction,
        FtPctDisplay,
        PlusMinus,
        Pts,
        Reb,
        OffensiveReb,
        DefensiveReb,
        Ast,
        Stl,
        To,
        Lbto,
        Dbto,
        Dist,
        DistMiles,
        Blk,
        Fl,
        Fldn,
        Ppts,
        AstToRate,
        Shots,
        ShotLocations,
        CasShots,
        OtdShots,
        SeasonStats,
        IsTeamRow,
    }

    private enum SeasonField
    {
        Ft,
        Fta,
        FtFraction,
        FtPctDisplay,
    }
}
