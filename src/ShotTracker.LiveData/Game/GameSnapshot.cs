using System.Diagnostics;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Game;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// The whole game at one moment, as folded by a <see cref="LiveGame"/>: status, period, clocks, possession, both
/// teams, rosters with box score lines, the play-by-play and the latest positions frame.
/// </summary>
/// <remarks>
/// Immutable: a snapshot never changes after it was taken, so it can be handed to a UI thread or kept for
/// comparison. Taking one costs nothing (<see cref="LiveGame.Current"/> returns the latest); the parts that did
/// not change are shared between consecutive snapshots.
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed record GameSnapshot
{
    /// <summary>Gets the snapshot of a game no event has been folded into.</summary>
    public static GameSnapshot Empty { get; } = new();

    /// <summary>Gets the game id from the feed, or <see langword="null"/> while no event has carried one.</summary>
    public string? GameId { get; init; }

    /// <summary>Gets where the game stands.</summary>
    public GameStatus Status { get; init; }

    /// <summary>Gets the current (or last) playing period: a quarter, half or overtime; <see langword="null"/> before the game.</summary>
    public GamePeriod? Period { get; init; }

    /// <summary>Gets the game clock (time left in the period), or <see langword="null"/> while no clock has been received.</summary>
    public TimeSpan? GameClock { get; init; }

    /// <summary>Gets the shot clock, or <see langword="null"/> when none runs or none has been received.</summary>
    public TimeSpan? ShotClock { get; init; }

    /// <summary>Gets whether the game clock is running.</summary>
    public bool IsClockRunning { get; init; }

    /// <summary>Gets the team with the ball, as inferred from the latest shot, rebound, steal or turnover; <see langword="null"/> while unknown.</summary>
    public TeamId? Possession { get; init; }

    /// <summary>Gets the teams, the home team first once a broadcast summary has said which is which.</summary>
    public IReadOnlyList<GameTeam> Teams { get; init; } = [];

    /// <summary>Gets the home team, or <see langword="null"/> until a broadcast summary has said which team is home.</summary>
    public GameTeam? Home => Find(TeamSide.Home);

    /// <summary>Gets the away team, or <see langword="null"/> until a broadcast summary has said which team is away.</summary>
    public GameTeam? Away => Find(TeamSide.Away);

    /// <summary>Gets every player any source has named with a team, by id, with identity, on-court state and box score line.</summary>
    public IReadOnlyDictionary<PlayerId, GamePlayer> Players { get; init; } = new Dictionary<PlayerId, GamePlayer>();

    /// <summary>Gets the play-by-play, in the order the events arrived; corrected plays are replaced in place.</summary>
    public IReadOnlyList<GamePlay> Plays { get; init; } = [];

    /// <summary>Gets the latest <c>location</c> frame (player and ball positions), or <see langword="null"/> while none arrived.</summary>
    public LocationData? Positions { get; init; }

    /// <summary>Gets every difference from the broadcast summaries adopted so far, oldest first (transient ones are never listed).</summary>
    public IReadOnlyList<GameDiscrepancy> Discrepancies { get; init; } = [];

    /// <summary>Gets every tracked player's speeds, distances and time on court at this moment; read with <see cref="TrackingOf(PlayerId)"/>.</summary>
    internal TrackingView Tracking { get; init; } = TrackingView.Empty;

    /// <summary>Gets the location frame the tracking was last advanced by: <see cref="Tracking"/> adds its speeds and distances.</summary>
    internal LocationData? TrackingFrame { get; init; }

    /// <summary>Gets the lowest game clock credited to whoever is on court (ms): <see cref="Tracking"/> adds the time since its copy.</summary>
    internal long TrackingClock { get; init; }

    /// <summary>Gets the sequence number of the last sequenced message folded in, or <see langword="null"/>.</summary>
    public long? LastSequence { get; init; }

    /// <summary>Gets how many events have been folded in.</summary>
    public long EventCount { get; init; }

    /// <summary>Gets a team by id.</summary>
    /// <param name="id">The team id.</param>
    /// <returns>The team, or <see langword="null"/> when the game has no such team.</returns>
    public GameTeam? Team(TeamId id)
    {
        foreach (var team in Teams)
        {
            if (team.Id == id)
            {
                return team;
            }
        }

        return null;
    }

    /// <summary>Gets a player by id.</summary>
    /// <param name="id">The player id.</param>
    /// <returns>The player, or <see langword="null"/> when no source has named the player with a team.</returns>
    public GamePlayer? Player(PlayerId id) => Players.TryGetValue(id, out var player) ? player : null;

    /// <summary>Gets a player's tracking: current speed, and top speed, distance and time on court for the game and each period.</summary>
    /// <param name="id">The player id.</param>
    /// <returns>
    /// The player's tracking, built when asked (the snapshot keeps the numbers, not the objects), or
    /// <see langword="null"/> when no location frame or lineup has named the player.
    /// </returns>
    /// <remarks>
    /// It lives on the snapshot rather than on <see cref="GamePlayer"/> because it changes with every location frame
    /// while a <see cref="GamePlayer"/> is shared by snapshots until the player's box score line changes. Units and
    /// rules: <see cref="PlayerTracking"/>.
    /// </remarks>
    public PlayerTracking? TrackingOf(PlayerId id) => Tracking.Of(id, TrackingFrame, TrackingClock);

    /// <summary>Gets a team's players, in jersey order (players without a known number last).</summary>
    /// <param name="teamId">The team id.</param>
    /// <returns>The team's players.</returns>
    public IReadOnlyList<GamePlayer> PlayersOf(TeamId teamId) =>
        Players.Values.Where(p => p.TeamId == teamId).OrderBy(p => p.JerseyNumber ?? int.MaxValue).ThenBy(p => p.Id).ToList();

    private GameTeam? Find(TeamSide side)
    {
        foreach (var team in Teams)
        {
            if (team.Side == side)
            {
                return team;
            }
        }

        return null;
    }

    // What a debugger shows for a snapshot: short, and never every player and play.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"game {GameId} {Status}, period {Period}, {Away?.DisplayName} {Away?.Score} - {Home?.Score} {Home?.DisplayName}, {Players.Count} players, {Plays.Count} plays, seq {LastSequence}");
}
