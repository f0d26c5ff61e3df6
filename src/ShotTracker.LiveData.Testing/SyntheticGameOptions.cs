namespace ShotTracker.LiveData.Testing;

/// <summary>What kind of game <see cref="SyntheticGame.Generate(SyntheticGameOptions?)"/> plays.</summary>
/// <remarks>The same options (including <see cref="Seed"/>) always produce byte-for-byte the same game.</remarks>
public sealed class SyntheticGameOptions
{
    private DateTimeOffset _startTime = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Gets or sets the seed every random choice is drawn from.</summary>
    /// <value>The default is <c>1</c>.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets whether regulation is played in quarters or halves.</summary>
    /// <value>The default is <see cref="GamePeriodFormat.Quarters"/>.</value>
    public GamePeriodFormat PeriodFormat { get; set; } = GamePeriodFormat.Quarters;

    /// <summary>Gets or sets the game-clock length of one regulation period.</summary>
    /// <value>The default is 10 minutes.</value>
    public TimeSpan PeriodLength { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the game-clock length of one overtime period.</summary>
    /// <value>The default is 5 minutes.</value>
    public TimeSpan OvertimeLength { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets how many overtime periods may be played while the score is tied. When the last one allowed ends
    /// tied, a buzzer-beater decides the game; with <c>0</c>, a tie after regulation is decided the same way.
    /// </summary>
    /// <value>The default is <c>3</c>.</value>
    public int MaxOvertimes { get; set; } = 3;

    /// <summary>Gets or sets the stoppage between periods, during which no clock or location data is sent.</summary>
    /// <value>The default is 1 minute.</value>
    public TimeSpan BreakLength { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how many location frames (10 players and the ball) are sent per second while the clock runs; <c>0</c> sends none.</summary>
    /// <value>The default is <c>10</c>.</value>
    public int LocationRateHz { get; set; } = 10;

    /// <summary>Gets or sets how often, in game-clock time, a <c>broadcastsummary</c> is sent besides the one at the end of each period; <see cref="TimeSpan.Zero"/> sends only those.</summary>
    /// <value>The default is 2 minutes.</value>
    public TimeSpan BroadcastSummaryInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Gets or sets how far each <c>broadcastsummary</c> lags the events, as a summary pipeline separate from the event
    /// feed does: a summary is sent this long after the moment it reflects, and carries that moment as its <c>at</c>.
    /// Events of the meantime are sent before it and are not in it.
    /// </summary>
    /// <value>The default is <see cref="TimeSpan.Zero"/>: each summary is sent at the moment it reflects, after that moment's events.</value>
    /// <remarks>Between zero and one minute. The game itself (every event and the box score) is the same whatever the lag.</remarks>
    public TimeSpan BroadcastSummaryLag { get; set; }

    /// <summary>Gets the league's corrections that only the broadcast summaries carry; see <see cref="SummaryCorrection"/>.</summary>
    /// <value>The default is an empty list.</value>
    public IList<SummaryCorrection> SummaryCorrections { get; } = [];

    /// <summary>Gets or sets whether shooting fouls and free throws happen. Without them every point is a field goal on the <c>chart</c> source.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool FreeThrows { get; set; } = true;

    /// <summary>Gets or sets the wall-clock time of tip-off; message timestamps (<c>t</c>, <c>at</c>) count from it.</summary>
    /// <value>
    /// The default is 2026-11-25T01:00:00Z, fixed so that games are reproducible. The emulator stamps a game whose
    /// start time was not set from its own clock instead (see <see cref="LiveDataEmulatorOptions.Game"/>).
    /// </value>
    public DateTimeOffset StartTime
    {
        get => _startTime;
        set
        {
            _startTime = value;
            IsStartTimeSet = true;
        }
    }

    /// <summary>Gets whether <see cref="StartTime"/> was set: the emulator then keeps it.</summary>
    internal bool IsStartTimeSet { get; private set; }

    /// <summary>Creates options for a game short enough for a unit test: halves of <paramref name="periodLength"/>, 2 Hz location, no breaks.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="periodLength">The length of each half; the default is 1 minute.</param>
    /// <returns>New options.</returns>
    public static SyntheticGameOptions Short(int seed = 1, TimeSpan? periodLength = null) => new()
    {
        Seed = seed,
        PeriodFormat = GamePeriodFormat.Halves,
        PeriodLength = periodLength ?? TimeSpan.FromMinutes(1),
        OvertimeLength = TimeSpan.FromSeconds(30),
        BreakLength = TimeSpan.Zero,
        LocationRateHz = 2,
        BroadcastSummaryInterval = TimeSpan.Zero,
    };

    internal void Validate()
    {
        if (PeriodLength < TimeSpan.FromSeconds(10) || OvertimeLength < TimeSpan.FromSeconds(10))
        {
            throw new ArgumentOutOfRangeException(nameof(PeriodLength), "Periods must last at least 10 seconds.");
        }

        if (MaxOvertimes is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxOvertimes), MaxOvertimes, "Must be between 0 and 10.");
        }

        if (BreakLength < TimeSpan.Zero || BroadcastSummaryInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BreakLength), "Durations must not be negative.");
        }

        if (BroadcastSummaryLag < TimeSpan.Zero || BroadcastSummaryLag > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(BroadcastSummaryLag), BroadcastSummaryLag, "Must be between zero and one minute.");
        }

        foreach (var correction in SummaryCorrections)
        {
            if (correction is null || correction.Delta is 0 or < -10 or > 10 || correction.After < TimeSpan.Zero
                || !Enum.IsDefined(typeof(SummaryCorrectionStat), correction.Stat))
            {
                throw new ArgumentOutOfRangeException(nameof(SummaryCorrections), correction, "A correction needs a known stat, a delta between -10 and 10 other than zero, and a time not before tip-off.");
            }
        }

        if (LocationRateHz is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(LocationRateHz), LocationRateHz, "Must be between 0 and 100.");
        }
    }
}
