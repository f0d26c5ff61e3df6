namespace ShotTracker.LiveData.Game;

/// <summary>A blocked shot, credited to the blocker.</summary>
public sealed record BlockPlay : GamePlay;
