namespace ShotTracker.LiveData.Game;

/// <summary>An assist on a made shot.</summary>
public sealed record AssistPlay : GamePlay;
