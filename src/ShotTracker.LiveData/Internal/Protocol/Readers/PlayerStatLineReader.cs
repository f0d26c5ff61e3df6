using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a player's stat line of a broadcast summary (an element of <c>players</c>) and its season stats.</summary>
internal static class PlayerStatLineReader
{
    // The order the service sends them in; last, the computed property, whose name the generated converter skips
    // rather than keep as an unknown property.
    private static readonly StatTable Table = new(
    [
        StatField.PlayerId, StatField.ConsumerCode, StatField.JerseyNumber, StatField.FirstName, StatField.LastName,
        StatField.PositionAbbr, StatField.Sensor, StatField.OnTheFloor, .. StatFields.Shooting, StatField.PlusMinus,
        .. StatFields.Counts, .. StatFields.ShotMaps, StatField.SeasonStats, StatField.IsTeamRow,
    ]);

    private static readonly StatTable SeasonTable = new(StatField.Ft, StatField.Fta, StatField.FtFraction, StatField.FtPctDisplay);

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
        while (Table.NextOwnField(ref reader, ref last, ref extra, ref s, out var field, out var path))
        {
            switch (field)
            {
                case StatField.PlayerId: playerId = PropertyReader.ReadInt64(ref reader, path); break;
                case StatField.JerseyNumber: jersey = PropertyReader.ReadInt32(ref reader, path); break;
                case StatField.FirstName: firstName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case StatField.LastName: lastName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case StatField.PositionAbbr: position = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case StatField.Sensor: sensor = PropertyReader.ReadInt64(ref reader, path); break;
                case StatField.OnTheFloor: onTheFloor = PropertyReader.ReadBoolean(ref reader, path); break;
                case StatField.PlusMinus: plusMinus = PropertyReader.ReadInt32(ref reader, path); break;
                case StatField.SeasonStats: season = ObjectReader.ReadObject(ref reader, "season_stats", ReadSeason); break;
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
        while (ObjectReader.Next(ref reader, SeasonTable.Names, ref last, out var index, ref extra))
        {
            var path = SeasonTable.Names.Path(index);
            switch (SeasonTable.Fields[index])
            {
                case StatField.Ft: made = PropertyReader.ReadInt32(ref reader, path); break;
                case StatField.Fta: attempted = PropertyReader.ReadInt32(ref reader, path); break;
                case StatField.FtFraction: fraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
                default: percent = PropertyReader.ReadRepeatedString(ref reader, path); break; // StatField.FtPctDisplay
            }
        }

        return new PlayerSeasonStats { FreeThrowsMade = made, FreeThrowsAttempted = attempted, FreeThrowFraction = fraction, FreeThrowPercentDisplay = percent, AdditionalProperties = extra };
    }
}
