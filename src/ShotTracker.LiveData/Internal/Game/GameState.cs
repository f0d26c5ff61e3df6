using System.Collections.ObjectModel;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// The mutable state a <see cref="LiveGame"/> folds events into, and the immutable snapshot built from it after
/// each event. Not thread-safe: <see cref="LiveGame"/> serializes calls.
/// </summary>
/// <remarks>Never throws because of data: unknown ids, sources, classifications and out-of-order events are tolerated.</remarks>
internal sealed partial class GameState(LiveGameOptions options, ILogger logger)
{
    private readonly Dictionary<TeamId, TeamInfo> _teams = [];
    private readonly List<TeamInfo> _teamOrder = [];
    private readonly Dictionary<PlayerId, PlayerInfo> _players = [];
    private readonly StatLedger _box = new();
    private readonly StatLedger _chart = new();
    private readonly PlayLog _plays = new();
    private readonly List<GamePlay> _newPlays = [];
    private string? _gameId;
    private long? _lastSequence;
    private long _eventCount;
    private long _arrival;
    private bool _chartSeen;
    private TeamId? _possession;
    private LocationData? _positions;
    private bool _teamsDirty = true;
    private bool _playersDirty = true;
    private IReadOnlyList<GameTeam> _teamsPart = [];
    private IReadOnlyDictionary<PlayerId, GamePlayer> _playersPart = new Dictionary<PlayerId, GamePlayer>();

    public GameSnapshot Snapshot { get; private set; } = GameSnapshot.Empty;

    private StatLedger Active => _box.HasEntries ? _box : _chart;

    /// <summary>Folds one event in; returns what changed, or <see langword="null"/> when nothing a viewer would notice did.</summary>
    public GameChange? Apply(LiveDataEvent liveDataEvent)
    {
        _eventCount++;
        if (liveDataEvent.Sequence is { } sequence && (_lastSequence is null || sequence > _lastSequence))
        {
            _lastSequence = sequence;
        }

        _newPlays.Clear();
        _newDiscrepancies.Clear();
        AdvanceFeedTime(TimeOf(liveDataEvent));
        var statusBefore = Status();
        TrackBefore(liveDataEvent);
        var kinds = liveDataEvent switch
        {
            LocationEvent { Data: { } location } => ApplyLocation(location),
            ClockEvent { Data: { } clock } => ApplyClock(clock),
            BoxScoreStatsEvent { Data: { } stat } => ApplyBoxScore(stat, liveDataEvent.Sequence),
            ChartEvent { Data: { } shot } => ApplyChart(shot, liveDataEvent.Sequence),
            MarkerEvent { Data: { } marker } => ApplyMarker(marker, liveDataEvent.Sequence),
            PossessionsEvent { Data: { } possession } => ApplyPossession(possession),
            BroadcastSummaryEvent { Data: { } summary } => ApplySummary(summary),
            _ => GameChangeKinds.None,
        };
        if (options.AdoptBroadcastSummary)
        {
            SettleDueDifferences();
        }

        ForgetOldChanges();
        kinds |= PublishDiscrepancies();
        TrackAfter(liveDataEvent);
        var status = Status();
        if (status != statusBefore)
        {
            kinds |= GameChangeKinds.Status;
        }

        if ((kinds & (GameChangeKinds.Score | GameChangeKinds.BoxScore | GameChangeKinds.Roster | GameChangeKinds.Lineup | GameChangeKinds.Discrepancy)) != 0)
        {
            _teamsDirty = true;
            _playersDirty = true;
        }

        Snapshot = BuildSnapshot(status);
        if (kinds == GameChangeKinds.None)
        {
            return null;
        }

        return new GameChange
        {
            Kinds = kinds,
            Snapshot = Snapshot,
            Plays = _newPlays.Count == 0 ? [] : Array.AsReadOnly(_newPlays.ToArray()),
            Discrepancies = _newDiscrepancies.Count == 0 ? [] : Array.AsReadOnly(_newDiscrepancies.ToArray()),
        };
    }

    private GameSnapshot BuildSnapshot(GameStatus status)
    {
        if (_teamsDirty)
        {
            _teamsPart = BuildTeams();
            _teamsDirty = false;
        }

        if (_playersDirty)
        {
            _playersPart = BuildPlayers();
            _playersDirty = false;
        }

        return new GameSnapshot
        {
            GameId = _gameId,
            Status = status,
            Period = _period,
            GameClock = _gameClock,
            ShotClock = _shotClock,
            IsClockRunning = _running,
            Possession = _possession,
            Teams = _teamsPart,
            Players = _playersPart,
            Plays = _plays.Snapshot(),
            Positions = _positions,
            Discrepancies = _discrepancyView,
            Tracking = _trackingView,
            TrackingFrame = _trackFrame,
            TrackingClock = _publishedMark,
            LastSequence = _lastSequence,
            EventCount = _eventCount,
        };
    }

    // Snapshots hand out read-only wrappers: the arrays behind them are shared with the state and later snapshots.
    private ReadOnlyCollection<GameTeam> BuildTeams()
    {
        var ledger = Active;
        var teams = new GameTeam[_teamOrder.Count];
        var ordered = _teamOrder.OrderBy(t => t.Side switch { TeamSide.Home => 0, TeamSide.Away => 1, _ => 2 }).ThenBy(t => t.Order).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var team = ordered[i];
            var counts = ledger.Team(team.Id) ?? StatIndex.None;
            var score = counts[StatIndex.Points] + team.Adjust[StatIndex.Points];
            var opponent = OpponentOf(team.Id) is { } other ? _teams[other] : null;
            var allowed = opponent is null ? 0 : (ledger.Team(opponent.Id) ?? StatIndex.None)[StatIndex.Points] + opponent.Adjust[StatIndex.Points];
            teams[i] = new GameTeam
            {
                Id = team.Id,
                Name = team.Name,
                Side = team.Side,
                JerseyColor = team.JerseyColor,
                Score = score,
                PeriodFouls = _box.PeriodFouls(team.Id, _period?.Code),
                OnCourt = Array.AsReadOnly(team.OnCourt),
                Stats = StatIndex.ToLine(counts, team.Adjust, score - allowed),
            };
        }

        return Array.AsReadOnly(teams);
    }

    private ReadOnlyDictionary<PlayerId, GamePlayer> BuildPlayers()
    {
        var ledger = Active;
        var players = new Dictionary<PlayerId, GamePlayer>(_players.Count);
        foreach (var player in _players.Values)
        {
            var onCourt = player.Team is { } teamId && _teams.TryGetValue(teamId, out var team) && Array.IndexOf(team.OnCourt, player.Id) >= 0;
            players.Add(player.Id, new GamePlayer
            {
                Id = player.Id,
                TeamId = player.Team,
                FirstName = player.FirstName,
                LastName = player.LastName,
                JerseyNumber = player.JerseyNumber,
                Position = player.Position,
                OnCourt = onCourt,
                Stats = StatIndex.ToLine(ledger.Player(player.Id) ?? StatIndex.None, player.Adjust),
            });
        }

        return new ReadOnlyDictionary<PlayerId, GamePlayer>(players);
    }

    private TeamInfo? Team(TeamId? id)
    {
        if (id is not { } teamId)
        {
            return null;
        }

        if (!_teams.TryGetValue(teamId, out var team))
        {
            team = new TeamInfo(teamId, _teamOrder.Count);
            _teams.Add(teamId, team);
            _teamOrder.Add(team);
            _teamsDirty = true;
        }

        return team;
    }

    private TeamId? OpponentOf(TeamId? team)
    {
        if (team is null)
        {
            return null;
        }

        foreach (var other in _teamOrder)
        {
            if (other.Id != team.Value)
            {
                return other.Id;
            }
        }

        return null;
    }

    /// <summary>Makes sure the player is on the roster; returns whether that changed the roster.</summary>
    private bool Register(PlayerId player, TeamId? team)
    {
        if (!_players.TryGetValue(player, out var info))
        {
            if (team is null)
            {
                return false;
            }

            Team(team);
            _players.Add(player, new PlayerInfo(player) { Team = team });
            return true;
        }

        if (info.Team is null && team is not null)
        {
            Team(team);
            info.Team = team;
            return true;
        }

        return false;
    }

    private void Note(string? gameId) => _gameId ??= gameId;

    private sealed class TeamInfo(TeamId id, int order)
    {
        public TeamId Id { get; } = id;

        public int Order { get; } = order;

        public string? Name { get; set; }

        public TeamSide Side { get; set; }

        public string? JerseyColor { get; set; }

        /// <summary>Gets or sets who is on court by the sequenced sources: what plus-minus is credited to.</summary>
        public PlayerId[] Lineup { get; set; } = [];

        /// <summary>Gets or sets who is on court by the latest report of any source: what a viewer sees.</summary>
        public PlayerId[] OnCourt { get; set; } = [];

        public int[] Adjust { get; } = new int[StatIndex.Count];
    }

    private sealed class PlayerInfo(PlayerId id)
    {
        public PlayerId Id { get; } = id;

        public TeamId? Team { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public int? JerseyNumber { get; set; }

        public string? Position { get; set; }

        public int[] Adjust { get; } = new int[StatIndex.Count];
    }
}
