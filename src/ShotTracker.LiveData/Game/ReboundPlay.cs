namespace ShotTracker.LiveData.Game;

/// <summary>A rebound.</summary>
public sealed record ReboundPlay : GamePlay
{
    /// <summary>Gets whether it is an offensive rebound (otherwise defensive).</summary>
    public bool Offensive { get; init; }
}
