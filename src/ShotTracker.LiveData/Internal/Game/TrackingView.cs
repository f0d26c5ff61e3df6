using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// The tracking part of a <see cref="GameSnapshot"/>: every tracked player's totals as of the last irregular event,
/// frozen, plus what the snapshot's own location frame and clock mark add to them.
/// </summary>
/// <remarks>
/// A copy is taken only when something happened that the frame and the mark cannot express (a new top speed, a player
/// entering or leaving the frames, a substitution, a period, a gap, a restarted count). Between copies every frame is
/// regular: the same players in the same order, each with a speed no higher than the copy's top and a running distance
/// no lower than the copy's; and the clock credits exactly the copy's lineups. So a snapshot holds a reference, a frame
/// and a number, and a 25 Hz feed allocates nothing for tracking in between.
/// </remarks>
internal sealed class TrackingView(
    IReadOnlyDictionary<PlayerId, int> slots, TrackValues[] values, GamePeriod? period, TrackingView.ClosedPeriod[] closed, long segmentStart)
{
    public static TrackingView Empty { get; } = new(new Dictionary<PlayerId, int>(), [], null, [], 0);

    public PlayerTracking? Of(PlayerId id, LocationData? frame, long clockMark)
    {
        if (!slots.TryGetValue(id, out var slot) || slot >= values.Length)
        {
            return null;
        }

        var current = values[slot];
        if (current.InSegment && segmentStart > clockMark)
        {
            current.PeriodMilliseconds += segmentStart - clockMark;
            current.GameMilliseconds += segmentStart - clockMark;
        }

        if (frame?.Locations is { } samples && id.Number is { } pid)
        {
            var odometer = current.Odometer;
            foreach (var sample in samples)
            {
                if (sample.Kind != LocationKind.Player || sample.PlayerId != pid || sample.Speed is not { } speed || sample.Distance is not { } distance)
                {
                    continue;
                }

                current.Speed = speed;
                current.GameTopSpeed = Max(current.GameTopSpeed, speed);
                current.GameDistance += distance - odometer;
                if (period is not null)
                {
                    current.PeriodTopSpeed = Max(current.PeriodTopSpeed, speed);
                    current.PeriodDistance += distance - odometer;
                }

                odometer = distance;
            }
        }

        var periods = new List<PlayerTrackingLine>(closed.Length + 1);
        foreach (var done in closed)
        {
            periods.Add(slot < done.Values.Length ? Line(done.Period, done.Values[slot]) : new PlayerTrackingLine { Period = done.Period });
        }

        if (period is { } now)
        {
            periods.Add(Line(now, current));
        }

        return new PlayerTracking
        {
            PlayerId = id,
            Speed = Nullable(current.Speed),
            Game = new PlayerTrackingLine
            {
                TopSpeed = Nullable(current.GameTopSpeed),
                Distance = current.GameDistance,
                TimeOnCourt = TimeSpan.FromMilliseconds(current.GameMilliseconds),
            },
            Periods = periods.AsReadOnly(),
        };
    }

    internal static double Max(double current, double value) => double.IsNaN(current) || value > current ? value : current;

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
