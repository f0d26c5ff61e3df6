namespace ShotTracker.LiveData.Game;

/// <summary>A turnover, credited to the player who lost the ball.</summary>
public sealed record TurnoverPlay : GamePlay;
