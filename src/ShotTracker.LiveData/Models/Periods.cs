namespace ShotTracker.LiveData.Models;

/// <summary>
/// The period names the service documents (<c>period</c>, <c>prd</c>). Periods are an open set: compare with
/// these constants, but expect others (a second overtime, for example).
/// </summary>
public static class Periods
{
    /// <summary>Before the game (<c>PRE</c>).</summary>
    public const string PreGame = "PRE";

    /// <summary>First half (<c>H1</c>).</summary>
    public const string Half1 = "H1";

    /// <summary>Second half (<c>H2</c>).</summary>
    public const string Half2 = "H2";

    /// <summary>First quarter (<c>Q1</c>).</summary>
    public const string Quarter1 = "Q1";

    /// <summary>Second quarter (<c>Q2</c>).</summary>
    public const string Quarter2 = "Q2";

    /// <summary>Third quarter (<c>Q3</c>).</summary>
    public const string Quarter3 = "Q3";

    /// <summary>Fourth quarter (<c>Q4</c>).</summary>
    public const string Quarter4 = "Q4";

    /// <summary>Half time (<c>HT</c>).</summary>
    public const string HalfTime = "HT";

    /// <summary>Overtime (<c>OT</c>).</summary>
    public const string Overtime = "OT";

    /// <summary>The game has ended (<c>END</c>).</summary>
    public const string End = "END";

    /// <summary>The game is completed and final (<c>COMPLETED</c>).</summary>
    public const string Completed = "COMPLETED";

    /// <summary>Test pattern (<c>TP</c>).</summary>
    public const string TestPattern = "TP";
}
