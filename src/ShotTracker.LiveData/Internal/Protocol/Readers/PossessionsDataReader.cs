using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>possessions</c> payload: the state and one <see cref="Possession"/> with its events, stats and response view.</summary>
internal static class PossessionsDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.State, "state"), (Field.Possession, "possession"));

    private static readonly PropertyTable PossessionNames = PropertyTable.Of(
        (PossessionField.Supervision, "supervision"), (PossessionField.StartTimestamp, "startTimestamp"),
        (PossessionField.TeamId, "teamId"), (PossessionField.SessionId, "sessionId"),
        (PossessionField.GameId, "gameId"), (PossessionField.LineupPlayers, "lineupPlayers"),
        (PossessionField.OpponentLineupPlayers, "opponentLineupPlayers"), (PossessionField.Possessions, "possessions"),
        (PossessionField.Stats, "stats"), (PossessionField.ResponseView, "responseView"));

    private static readonly PropertyTable EventNames = PropertyTable.Of(
        (EventField.PossessionType, "possessionType"), (EventField.PlayerId, "playerId"),
        (EventField.Timestamp, "timestamp"));

    private static readonly PropertyTable StatNames = PropertyTable.Of(
        (StatField.Turnover, "turnover"), (StatField.ShotType, "shotType"), (StatField.Points, "points"),
        (StatField.BallReversals, "ballReversals"));

    private static readonly PropertyTable ViewNames = PropertyTable.Of(
        (ViewField.Possessions, "possessions"), (ViewField.Period, "period"), (ViewField.Events, "events"));

    public static PossessionsData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        string? state = null;
        Possession? possession = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            if (field == (int)Field.State)
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
                case (int)PossessionField.Supervision: supervision = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case (int)PossessionField.StartTimestamp: start = PropertyReader.ReadInt64(ref reader, PossessionNames.Path(field)); break;
                case (int)PossessionField.TeamId: teamId = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case (int)PossessionField.SessionId: sessionId = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case (int)PossessionField.GameId: gameId = PropertyReader.ReadRepeatedString(ref reader, PossessionNames, field); break;
                case (int)PossessionField.LineupPlayers: lineup = ObjectReader.ReadStrings(ref reader, "lineupPlayers"); break;
                case (int)PossessionField.OpponentLineupPlayers: opponents = ObjectReader.ReadStrings(ref reader, "opponentLineupPlayers"); break;
                case (int)PossessionField.Possessions: events = ObjectReader.ReadArray(ref reader, "possessions", ReadEvent); break;
                case (int)PossessionField.Stats: stats = ObjectReader.ReadObject(ref reader, "stats", ReadStats); break;
                default: view = ObjectReader.ReadObject(ref reader, "responseView", ReadView); break; // PossessionField.ResponseView
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
                case (int)EventField.PossessionType: type = PropertyReader.ReadRepeatedString(ref reader, EventNames, field); break;
                case (int)EventField.PlayerId: playerId = PropertyReader.ReadRepeatedString(ref reader, EventNames, field); break;
                default: timestamp = PropertyReader.ReadInt64(ref reader, EventNames.Path(field)); break; // EventField.Timestamp
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
                case (int)StatField.Turnover: turnover = ObjectReader.ReadElement(ref reader); break;
                case (int)StatField.ShotType: shotType = PropertyReader.ReadRepeatedString(ref reader, StatNames, field); break;
                case (int)StatField.Points: points = PropertyReader.ReadInt32(ref reader, StatNames.Path(field)); break;
                default: reversals = PropertyReader.ReadInt32(ref reader, StatNames.Path(field)); break; // StatField.BallReversals
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
                case (int)ViewField.Possessions: possessions = ObjectReader.ReadElements(ref reader, "possessions"); break;
                case (int)ViewField.Period: period = PropertyReader.ReadRepeatedString(ref reader, ViewNames, field); break;
                default: events = ObjectReader.ReadElements(ref reader, "events"); break; // ViewField.Events
            }
        }

        return new PossessionResponseView { Possessions = possessions, Period = period, Events = events, AdditionalProperties = extra };
    }

    private enum Field
    {
        State,
        Possession,
    }

    private enum PossessionField
    {
        Supervision,
        StartTimestamp,
        TeamId,
        SessionId,
        GameId,
        LineupPlayers,
        OpponentLineupPlayers,
        Possessions,
        Stats,
        ResponseView,
    }

    private enum EventField
    {
        PossessionType,
        PlayerId,
        Timestamp,
    }

    private enum StatField
    {
        Turnover,
        ShotType,
        Points,
        BallReversals,
    }

    private enum ViewField
    {
        Possessions,
        Period,
        Events,
    }
}
