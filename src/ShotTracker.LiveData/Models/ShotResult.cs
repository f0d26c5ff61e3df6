namespace ShotTracker.LiveData.Models;

/// <summary>The result of a shot in a <see cref="ChartData"/> (<c>st</c>).</summary>
public enum ShotResult
{
    /// <summary>A value this version of the SDK does not know; read <see cref="ChartData.ResultCode"/> for the text.</summary>
    Unknown = 0,

    /// <summary>The shot went in (<c>MAKE</c>).</summary>
    Make = 1,

    /// <summary>The shot missed (<c>MISS</c>).</summary>
    Miss = 2,
}
