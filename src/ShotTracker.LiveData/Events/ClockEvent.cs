using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>clock</c> message: a game clock and shot clock tick (2 Hz). Not sequenced.</summary>
public sealed record ClockEvent : LiveDataEvent<ClockData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.Clock;

    private protected override string? DebuggerDetails =>
        FormattableString.Invariant($"period {Data.Period} {Data.Minutes}:{Data.Seconds}, {Data.State}");
}
