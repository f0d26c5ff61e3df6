using ShotTracker.LiveData.Testing.Generation;

namespace ShotTracker.LiveData.Testing;

/// <summary>
/// A complete synthetic game: every message the service would send, in order, with the final box score they add
/// up to. Generated deterministically from <see cref="SyntheticGameOptions.Seed"/>.
/// </summary>
/// <remarks>
/// <para>
/// The timeline holds a marker with the jersey colours and the starting lineups, a <c>clock</c> tick every 0.5 s
/// while the clock runs, <c>location</c> frames at <see cref="SyntheticGameOptions.LocationRateHz"/>, a
/// <c>chart</c> and <c>boxscorestatsv2</c> events for every shot, <c>boxscorestatsv2</c> for rebounds, assists,
/// steals, blocks, turnovers, fouls and free throws, <c>possessions</c> and <c>possessionstats</c> when a possession
/// ends, <c>lineupstats</c> and a lineup marker on every substitution, and a <c>broadcastsummary</c> at every period
/// end, every <see cref="SyntheticGameOptions.BroadcastSummaryInterval"/> and, with period <c>COMPLETED</c>, last;
/// each summary is sent <see cref="SyntheticGameOptions.BroadcastSummaryLag"/> after the moment it reflects.
/// </para>
/// <para>
/// The six sequenced sources share one <c>seq</c> that starts at 1 and increases by one per message. Each team's
/// chart points plus its made free throws equal its final score, the last <c>TEAM_SCORE</c> in its box score events
/// and the <c>PTS</c> of its team row in the final summary's <c>game_stats</c>, unless a
/// <see cref="SyntheticGameOptions.SummaryCorrections">summary correction</see> changed points: the summaries and
/// <see cref="BoxScore"/> carry the corrections, the events do not.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class SyntheticGame
{
    internal SyntheticGame(IReadOnlyList<EmulatedMessage> messages, GameBoxScore boxScore)
    {
        Messages = messages;
        BoxScore = boxScore;
    }

    /// <summary>Gets every message of the game in the order it is sent, with its offset from tip-off.</summary>
    public IReadOnlyList<EmulatedMessage> Messages { get; }

    /// <summary>Gets the final box score: rosters, team totals and player lines.</summary>
    public GameBoxScore BoxScore { get; }

    /// <summary>Gets how long the game lasts from the first message to the last, breaks included.</summary>
    public TimeSpan Duration => Messages.Count == 0 ? TimeSpan.Zero : Messages[^1].Offset;

    /// <summary>Plays a game.</summary>
    /// <param name="options">What kind of game; <see langword="null"/> for the defaults (a 40-minute game in quarters).</param>
    /// <returns>The game.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SyntheticGame Generate(SyntheticGameOptions? options = null)
    {
        options ??= new SyntheticGameOptions();
        options.Validate();
        return new GameSimulator(options).Run();
    }

    /// <summary>
    /// Plays a game whose payload timestamps follow the emulator's clock: tip-off at <paramref name="startTime"/>, and
    /// game time scaled by <paramref name="pace"/>, so each timestamp is the moment the message is due on the wire.
    /// </summary>
    internal static SyntheticGame Generate(SyntheticGameOptions options, DateTimeOffset startTime, LiveDataReplayPace pace)
    {
        options.Validate();
        return new GameSimulator(options, startTime, pace).Run();
    }
}
