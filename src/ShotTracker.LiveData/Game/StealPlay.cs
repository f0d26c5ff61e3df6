namespace ShotTracker.LiveData.Game;

/// <summary>A steal.</summary>
public sealed record StealPlay : GamePlay;
