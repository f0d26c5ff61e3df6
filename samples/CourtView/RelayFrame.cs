namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// Everything the relay has to tell a browser, each part encoded once as the JSON of its Server-Sent Event and
/// shared by every connection. A connection compares versions with what it sent last and writes only what changed.
/// </summary>
internal sealed record RelayFrame
{
    public static RelayFrame Empty { get; } = new();

    /// <summary>Gets the version of <see cref="Game"/>; 0 for none yet.</summary>
    public long GameVersion { get; init; }

    /// <summary>Gets the <c>game</c> event: status, link, teams, players and their box score lines.</summary>
    public ReadOnlyMemory<byte> Game { get; init; }

    /// <summary>Gets the version of <see cref="Tick"/>; 0 for none yet.</summary>
    public long TickVersion { get; init; }

    /// <summary>Gets the <c>tick</c> event: period, game and shot clock, positions of the players and the ball.</summary>
    public ReadOnlyMemory<byte> Tick { get; init; }

    /// <summary>Gets the shot chart so far; a new <see cref="ShotChart.Generation"/> when a shot was corrected or retracted.</summary>
    public ShotChart Shots { get; init; } = ShotChart.Empty;

    /// <summary>Gets the state of the upstream connection (what the page shows as its indicator).</summary>
    public RelayLink Link { get; init; }
}
