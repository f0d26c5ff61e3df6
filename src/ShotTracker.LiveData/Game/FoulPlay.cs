namespace ShotTracker.LiveData.Game;

/// <summary>A foul, credited to the player who committed it.</summary>
public sealed record FoulPlay : GamePlay;
