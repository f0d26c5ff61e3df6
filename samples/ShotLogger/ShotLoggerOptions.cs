namespace ShotTracker.LiveData.Samples.ShotLogger;

/// <summary>The worker's own settings, the <c>ShotLogger</c> configuration section.</summary>
internal sealed class ShotLoggerOptions
{
    public const string SectionName = "ShotLogger";

    /// <summary>Gets or sets the game to follow; its token comes from the token provider for this id.</summary>
    public string GameId { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the file the last handled sequence number is saved to when the host stops, and resumed from when
    /// it starts again; empty for none (every start follows the game from the beginning).
    /// </summary>
    public string CheckpointPath { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets whether the host stops once the game has ended (a worker per game, as a job), or keeps running
    /// for the other services it hosts (a web app that also logs shots, say).
    /// </summary>
    public bool StopWhenGameEnds { get; set; } = true;
}
