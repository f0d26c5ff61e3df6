using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// The tracking part of a <see cref="GameSnapshot"/>: every tracked player's totals at that moment, frozen. The slot
/// map and the closed periods are shared between snapshots; only the current values are copied when they change.
/// </summary>
internal sealed class TrackingView(IReadOnlyDictionary<PlayerId, int> slots, TrackValues[] current, GamePeriod? period, IReadOnlyList<TrackingView.ClosedPeriod> closed)
{
    public static TrackingView Empty { get; } = new(new Dictionary<PlayerId, int>(), [], null, []);

    public PlayerTracking? Of(PlayerId id)
    {
        if (!slots.TryGetValue(id, out var slot) || slot >= current.Length)
        {
            return null;
        }

        var values = current[slot];
        var periods = new List<PlayerTrackingLine>(closed.Count + 1);
        foreach (var done in closed)
        {
            periods.Add(slot < done.Values.Length ? Line(done.Period, done.Values[slot]) : new PlayerTrackingLine { Period = done.Period });
        }

        if (period is { } now)
        {
            periods.Add(Line(now, values));
        }

        return new PlayerTracking
        {
            PlayerId = id,
            Speed = Nullable(values.Speed),
            Game = new PlayerTrackingLine
            {
                TopSpeed = Nullable(values.GameTopSpeed),
                Distance = values.GameDistance,
                TimeOnCourt = TimeSpan.FromMilliseconds(values.GameMilliseconds),
            },
            Periods = periods.AsReadOnly(),
        };
    }

    private static PlayerTrackingLine Line(GamePeriod period, TrackValues values) => new()
    {
        Period = period,
        TopSpeed = Nullable(values.PeriodTopSpeed),
        Distance = values.PeriodDistance,
        TimeOnCourt = TimeSpan.FromMilliseconds(values.PeriodMilliseconds),
    };

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    /// <summary>A period that has ended, with every player's values at its end.</summary>
    public sealed record ClosedPeriod(GamePeriod Period, TrackValues[] Values);
}
