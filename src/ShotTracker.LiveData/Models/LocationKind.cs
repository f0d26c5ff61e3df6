namespace ShotTracker.LiveData.Models;

/// <summary>What a <see cref="LocationSample"/> tracks (<c>type</c>).</summary>
public enum LocationKind
{
    /// <summary>A value this version of the SDK does not know; read <see cref="LocationSample.Type"/> for the text.</summary>
    Unknown = 0,

    /// <summary>A player's sensor (<c>PLAYER</c>).</summary>
    Player = 1,

    /// <summary>The ball (<c>BALL</c>).</summary>
    Ball = 2,
}
