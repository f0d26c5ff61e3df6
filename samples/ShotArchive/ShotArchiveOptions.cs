namespace ShotTracker.LiveData.Samples.ShotArchive;

/// <summary>The sample's own settings, the <c>ShotArchive</c> configuration section.</summary>
internal sealed class ShotArchiveOptions
{
    public const string SectionName = "ShotArchive";

    /// <summary>Gets or sets the game to archive.</summary>
    public string GameId { get; set; } = string.Empty;

    /// <summary>Gets or sets the SQLite database file the shots are written to.</summary>
    public string Database { get; set; } = "shots.db";

    /// <summary>Gets or sets where the checkpoint is kept: with the shots (exactly once) or in a file (at least once).</summary>
    public ShotArchiveMode Mode { get; set; } = ShotArchiveMode.Transactional;

    /// <summary>Gets or sets the directory of the file checkpoints (<see cref="ShotArchiveMode.File"/> only).</summary>
    public string CheckpointDirectory { get; set; } = "checkpoints";

    /// <summary>Gets or sets after how many events the file checkpoint is saved (<see cref="ShotArchiveMode.File"/> only).</summary>
    public int CheckpointEveryEvents { get; set; } = 10;
}

/// <summary>Where the archive keeps its checkpoint.</summary>
internal enum ShotArchiveMode
{
    /// <summary>In the database, committed with each shot: exactly once.</summary>
    Transactional,

    /// <summary>In a <see cref="FileLiveDataCheckpointStore"/>, saved every N events: at least once.</summary>
    File,
}
