using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>Teams, jersey colours and who is on court: markers, possessions, shots and location frames.</summary>
internal sealed partial class GameState
{
    private readonly List<PlayerId> _scratch = [];

    // The feed's time when a source other than the summary last said who is on court.
    private long _lineupReportedAt = long.MinValue;

    private GameChangeKinds ApplyMarker(MarkerData marker, long? sequence)
    {
        Note(marker.GameId);
        if (marker.Details is not { } details)
        {
            return GameChangeKinds.None;
        }

        switch (marker.Status)
        {
            case MarkerStatuses.JerseyColor:
                var kinds = JerseyColor(TeamId.From(details.Team1Id), details.Team1JerseyColor);
                return kinds | JerseyColor(TeamId.From(details.Team2Id), details.Team2JerseyColor);
            case MarkerStatuses.Lineup when Team(TeamId.From(details.LineupTeamId)) is { } team && details.LineupPlayers is { } ids:
                return SetLineup(team, Ids(ids), substitution: new SubstitutionPlay
                {
                    Sequence = sequence,
                    Time = marker.Time,
                    TeamId = team.Id,
                    Period = _period,
                    GameClock = ClockAt(marker.Timestamp, null),
                });
            default:
                return GameChangeKinds.None;
        }
    }

    private GameChangeKinds ApplyPossession(PossessionsData data)
    {
        if (data.Possession is not { } possession)
        {
            return GameChangeKinds.None;
        }

        Note(possession.GameId);
        var kinds = GameChangeKinds.None;
        var team = Team(TeamId.From(possession.TeamId));
        if (team is not null && possession.LineupPlayers is { Count: > 0 } own)
        {
            kinds |= SetLineup(team, Ids(own), substitution: null);
        }

        if (team is not null && Team(OpponentOf(team.Id)) is { } opponent && possession.OpponentLineupPlayers is { Count: > 0 } theirs)
        {
            kinds |= SetLineup(opponent, Ids(theirs), substitution: null);
        }

        if (team is not null && data.State != PossessionStates.Saved && _possession != team.Id)
        {
            _possession = team.Id;
            kinds |= GameChangeKinds.Roster;
        }

        return kinds;
    }

    private GameChangeKinds JerseyColor(TeamId? id, string? color)
    {
        if (Team(id) is not { } team || color is null || color == team.JerseyColor)
        {
            return GameChangeKinds.None;
        }

        team.JerseyColor = color;
        return GameChangeKinds.Roster;
    }

    /// <summary>Sets a team's lineup from a sequenced source (what plus-minus is credited to) and what a viewer sees.</summary>
    private GameChangeKinds SetLineup(TeamInfo team, PlayerId[] players, SubstitutionPlay? substitution)
    {
        _lineupReportedAt = Math.Max(_lineupReportedAt, _feedTime ?? long.MinValue);
        var kinds = GameChangeKinds.None;
        foreach (var player in players)
        {
            kinds |= Register(player, team.Id) ? GameChangeKinds.Roster : GameChangeKinds.None;
        }

        var previous = team.Lineup;
        if (!SameSet(previous, players))
        {
            team.Lineup = players;
            if (substitution is not null && previous.Length > 0)
            {
                var play = substitution with
                {
                    Entering = Array.AsReadOnly(players.Where(p => Array.IndexOf(previous, p) < 0).ToArray()),
                    Leaving = Array.AsReadOnly(previous.Where(p => Array.IndexOf(players, p) < 0).ToArray()),
                };
                _plays.Add(play);
                _newPlays.Add(play);
                kinds |= GameChangeKinds.Play;
            }
        }

        return kinds | SetOnCourt(team, players);
    }

    private GameChangeKinds SetOnCourt(TeamInfo team, PlayerId[] players)
    {
        if (SameSet(team.OnCourt, players))
        {
            return GameChangeKinds.None;
        }

        team.OnCourt = players;
        return GameChangeKinds.Lineup;
    }

    /// <summary>The ten players of a shot: each team's five, split by the teams the roster knows them by.</summary>
    private GameChangeKinds OnCourtFromShot(IReadOnlyList<string>? players)
    {
        if (players is not { Count: > 0 })
        {
            return GameChangeKinds.None;
        }

        var byTeam = new Dictionary<TeamId, List<PlayerId>>();
        foreach (var text in players)
        {
            if (PlayerId.From(text) is not { } id || !_players.TryGetValue(id, out var info) || info.Team is not { } team)
            {
                // A player the roster cannot place: the split would be a guess.
                return GameChangeKinds.None;
            }

            if (!byTeam.TryGetValue(team, out var list))
            {
                byTeam[team] = list = [];
            }

            list.Add(id);
        }

        var kinds = GameChangeKinds.None;
        foreach (var pair in byTeam)
        {
            kinds |= SetLineup(_teams[pair.Key], pair.Value.ToArray(), substitution: null);
        }

        return kinds;
    }

    /// <summary>Who is on court by a location frame: every player sample, by its team. Allocates only when it changed.</summary>
    private GameChangeKinds OnCourtFromFrame(IReadOnlyList<LocationSample>? samples)
    {
        if (samples is null)
        {
            return GameChangeKinds.None;
        }

        _lineupReportedAt = Math.Max(_lineupReportedAt, _feedTime ?? long.MinValue);
        var unchanged = true;
        var counted = 0;
        for (var i = 0; i < samples.Count && unchanged; i++)
        {
            var sample = samples[i];
            if (sample.Kind != LocationKind.Player || sample.PlayerId is not { } pid || sample.TeamId is not { } tid)
            {
                continue;
            }

            counted++;
            unchanged = _teams.TryGetValue(TeamId.FromNumber(tid), out var team) && Array.IndexOf(team.OnCourt, PlayerId.FromNumber(pid)) >= 0;
        }

        var onCourt = 0;
        foreach (var team in _teamOrder)
        {
            onCourt += team.OnCourt.Length;
        }

        if (unchanged && counted == onCourt)
        {
            return GameChangeKinds.None;
        }

        var kinds = GameChangeKinds.None;
        foreach (var group in samples
            .Where(s => s.Kind == LocationKind.Player && s.PlayerId is not null && s.TeamId is not null)
            .GroupBy(s => TeamId.FromNumber(s.TeamId!.Value)))
        {
            var team = Team(group.Key)!;
            var ids = group.Select(s => PlayerId.FromNumber(s.PlayerId!.Value)).Distinct().ToArray();
            foreach (var id in ids)
            {
                kinds |= Register(id, team.Id) ? GameChangeKinds.Roster : GameChangeKinds.None;
            }

            kinds |= SetOnCourt(team, ids);
        }

        return kinds;
    }

    private PlayerId[] Ids(IReadOnlyList<string> texts)
    {
        _scratch.Clear();
        foreach (var text in texts)
        {
            if (PlayerId.From(text) is { } id && !_scratch.Contains(id))
            {
                _scratch.Add(id);
            }
        }

        return _scratch.ToArray();
    }

    private static bool SameSet(PlayerId[] current, PlayerId[] next)
    {
        if (current.Length != next.Length)
        {
            return false;
        }

        foreach (var id in next)
        {
            if (Array.IndexOf(current, id) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
