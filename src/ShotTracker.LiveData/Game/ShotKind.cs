namespace ShotTracker.LiveData.Game;

/// <summary>What kind of shot a <see cref="ShotPlay"/> is.</summary>
public enum ShotKind
{
    /// <summary>A two-point field goal attempt.</summary>
    TwoPointer = 0,

    /// <summary>A three-point field goal attempt.</summary>
    ThreePointer = 1,

    /// <summary>A free throw.</summary>
    FreeThrow = 2,
}
