namespace ShotTracker.LiveData.Models;

/// <summary>What kind of period a <see cref="GamePeriod"/> is.</summary>
public enum GamePeriodKind
{
    /// <summary>A period code this version of the SDK does not know; <see cref="GamePeriod.Code"/> keeps the text.</summary>
    Unknown = 0,

    /// <summary>Before the game (<c>PRE</c>).</summary>
    PreGame = 1,

    /// <summary>A quarter (<c>Q1</c> … <c>Q4</c>).</summary>
    Quarter = 2,

    /// <summary>A half (<c>H1</c>, <c>H2</c>).</summary>
    Half = 3,

    /// <summary>Half time (<c>HT</c>).</summary>
    HalfTime = 4,

    /// <summary>An overtime (<c>OT</c>, and <c>OT2</c>, <c>OT3</c>, … for later ones).</summary>
    Overtime = 5,

    /// <summary>The game has ended (<c>END</c>).</summary>
    End = 6,

    /// <summary>The game is completed and final (<c>COMPLETED</c>).</summary>
    Completed = 7,

    /// <summary>The test pattern (<c>TP</c>).</summary>
    TestPattern = 8,
}
