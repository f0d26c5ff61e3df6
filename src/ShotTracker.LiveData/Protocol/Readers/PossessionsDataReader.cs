using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a <c>possessions</c> payload: the state and one <see cref="Possession"/> with its events, stats and response view.</summary>
internal static class PossessionsDataReader
{
    private static readonly PropertyTable Names = new("state", "possession");

    private static readonly PropertyTable PossessionNames = new(
        "supervision", "startTimestamp", "teamId", "sessionId", "gameId", "lineupPlayers", "opponentLineupPlayers", "possessions",
        "stats", "responseView");

    private static readonly PropertyTable EventNames = new("possessionType", "playerId", "timestamp");

    private static readonly PropertyTable StatNames = new("turnover", "shotType", "points", "ballReversals");

    private static readonly PropertyTable ViewNames = new("possessions", "period", "events");

    public static PossessionsData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        string? state = null;
        Possession? possession = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            if (field == 0)
            {
                state = PropertyReader.ReadRepeatedString(ref reader, Names, field);
            }
            else
            {
                possession = ObjectReader.ReadObject(ref reader, "possession", ReadPossession);
            }
        }

        return new PossessionsData { State = state, Possession = possession, AdditionalProperties = extra };
    }

    private static Possession ReadPossession(ref Utf8JsonReader reader)
    {
        string? supervision = null, teamId = null, sessionId = null, gameId = null;
        long? start = null;
        string[]? lineup = null, opponents = null;
        PossessionEvent[]? events = null;
        PossessionStatValues? stats = null;
        PossessionResponseView? view = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, PossessionNames, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: supervision = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case 1: start = PropertyReader.ReadInt64(ref reader, PossessionNames.Path(field)); break;
                case 2: teamId = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case 3: sessionId = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case 4: gameId = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case 5: lineup = ObjectReader.ReadStrings(ref reader, "lineupPlayers"); break;
                case 6: opponents = ObjectReader.ReadStrings(ref reader, "opponentLineupPlayers"); break;
                case 7: events = ObjectReader.ReadArray(ref reader, "possessions", ReadEvent); break;
                case 8: stats = ObjectReader.ReadObject(ref reader, "stats", ReadStats); break;
                default: view = ObjectReader.ReadObject(ref reader, "responseView", ReadView); break;
            }
        }

        return new Possession
        {
            Supervision = supervision,
            StartTimestamp = start,
            TeamId = teamId,
            SessionId = sessionId,
            GameId = gameId,
            LineupPlayers = lineup,
            OpponentLineupPlayers = opponents,
            Events = events,
            Stats = stats,
            ResponseView = view,
            AdditionalProperties = extra,
        };
    }

    // An element of a list of records may be null, as the generated converter reads it.
    private static PossessionEvent ReadEvent(ref Utf8JsonReader reader) =>
        ObjectReader.ReadObject(ref reader, "possessions[]", ReadEventObject)!;

    private static PossessionEvent ReadEventObject(ref Utf8JsonReader reader)
    {
        string? type = null, playerId = null;
        long? timestamp = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, EventNames, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: type = PropertyReader.ReadRepeatedString(ref reader, EventNames, field); break;
                case 1: playerId = PropertyReader.ReadRepeatedString(ref reader, EventNames, field); break;
                default: timestamp = PropertyReader.ReadInt64(ref reader, EventNames.Path(field)); break;
            }
        }

        return new PossessionEvent { PossessionType = type, PlayerId = playerId, Timestamp = timestamp, AdditionalProperties = extra };
    }

    private static PossessionStatValues ReadStats(ref Utf8JsonReader reader)
    {
        JsonElement? turnover = null;
        string? shotType = null;
        int? points = null, reversals = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, StatNames, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: turnover = ObjectReader.ReadElement(ref reader); break;
                case 1: shotType = PropertyReader.ReadRepeatedString(ref reader, StatNames, field); break;
                case 2: points = PropertyReader.ReadInt32(ref reader, StatNames.Path(field)); break;
                default: reversals = PropertyReader.ReadInt32(ref reader, StatNames.Path(field)); break;
            }
        }

        return new PossessionStatValues { Turnover = turnover, ShotType = shotType, Points = points, BallReversals = reversals, AdditionalProperties = extra };
    }

    private static PossessionResponseView ReadView(ref Utf8JsonReader reader)
    {
        JsonElement[]? possessions = null, events = null;
        string? period = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, ViewNames, ref last, out var field, ref extra))
        {
            switch (field)
            {
                case 0: possessions = ObjectReader.ReadElements(ref reader, "possessions"); break;
                case 1: period = PropertyReader.ReadRepeatedString(ref reader, ViewNames, field); break;
                default: events = ObjectReader.ReadElements(ref reader, "events"); break;
            }
        }

        return new PossessionResponseView { Possessions = possessions, Period = period, Events = events, AdditionalProperties = extra };
    }
}
