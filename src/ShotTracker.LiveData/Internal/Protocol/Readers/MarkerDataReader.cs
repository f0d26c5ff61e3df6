using System.Buffers;
using System.Text;
using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>marker</c> payload and its <c>data</c> (<see cref="MarkerDetails"/>).</summary>
internal static class MarkerDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.T, "t"), (Field.GameId, "gameId"), (Field.Status, "status"), (Field.Data, "data"));

    private static readonly PropertyTable DetailNames = PropertyTable.Of(
        (DetailField.FacilityId, "facilityId"), (DetailField.CourtId, "courtId"), (DetailField.Team1Id, "team1Id"),
        (DetailField.Team1JerseyColor, "team1JerseyColor"), (DetailField.Team2Id, "team2Id"),
        (DetailField.Team2JerseyColor, "team2JerseyColor"));

    public static MarkerData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        long? t = null;
        string? gameId = null, status = null;
        MarkerDetails? details = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case (int)Field.T: t = PropertyReader.ReadInt64(ref reader, Names.Path(field)); break;
                case (int)Field.GameId: gameId = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                case (int)Field.Status: status = PropertyReader.ReadRepeatedString(ref reader, Names, field); break;
                default: details = ObjectReader.ReadObject(ref reader, "data", ReadDetails); break; // Field.Data
            }
        }

        return new MarkerData { Timestamp = t, GameId = gameId, Status = status, Details = details, AdditionalProperties = extra };
    }

    private static MarkerDetails ReadDetails(ref Utf8JsonReader reader)
    {
        string? facilityId = null, courtId = null, team1Id = null, team1Color = null, team2Id = null, team2Color = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, DetailNames, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case (int)DetailField.FacilityId: facilityId = ReadId(ref reader, field); break;
                case (int)DetailField.CourtId: courtId = ReadId(ref reader, field); break;
                case (int)DetailField.Team1Id: team1Id = ReadId(ref reader, field); break;
                case (int)DetailField.Team1JerseyColor: team1Color = PropertyReader.ReadRepeatedString(ref reader, DetailNames, field); break;
                case (int)DetailField.Team2Id: team2Id = ReadId(ref reader, field); break;
                default: team2Color = PropertyReader.ReadRepeatedString(ref reader, DetailNames, field); break; // DetailField.Team2JerseyColor
            }
        }

        return new MarkerDetails
        {
            FacilityId = facilityId,
            CourtId = courtId,
            Team1Id = team1Id,
            Team1JerseyColor = team1Color,
            Team2Id = team2Id,
            Team2JerseyColor = team2Color,
            AdditionalProperties = extra,
        };
    }

    // As StringOrNumberConverter: a string as is, a number as the exact text it was sent as (numbers are never escaped).
    private static string? ReadId(ref Utf8JsonReader reader, int field) => reader.TokenType switch
    {
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
        JsonTokenType.String or JsonTokenType.Null => PropertyReader.ReadRepeatedString(ref reader, DetailNames, field),
        _ => throw PropertyReader.Mismatch(ref reader, DetailNames.Path(field), "a string or a number"),
    };

    private enum Field
    {
        T,
        GameId,
        Status,
        Data,
    }

    private enum DetailField
    {
        FacilityId,
        CourtId,
        Team1Id,
        Team1JerseyColor,
        Team2Id,
        Team2JerseyColor,
    }
}
