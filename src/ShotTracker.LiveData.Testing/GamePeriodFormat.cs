namespace ShotTracker.LiveData.Testing;

/// <summary>How a synthetic game's regulation time is divided.</summary>
public enum GamePeriodFormat
{
    /// <summary>Four quarters, <c>Q1</c> to <c>Q4</c>.</summary>
    Quarters = 0,

    /// <summary>Two halves, <c>H1</c> and <c>H2</c> (men's college basketball).</summary>
    Halves = 1,
}
