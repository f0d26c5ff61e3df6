using System.Globalization;

namespace ShotTracker.LiveData.Internal;

/// <summary>
/// A duration as a person reads it: <c>34 ms</c> rather than <c>00:00:00.0338017</c>. Shared by log lines and the
/// events' <c>ToString</c>, so both speak of time the same way.
/// </summary>
internal static class DurationText
{
    /// <summary>Formats a duration in the largest unit that keeps it short: <c>34 ms</c>, <c>2.5 s</c>, <c>3 min 5 s</c>, <c>2 h 10 min</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return "-" + Format(duration.Negate());
        }

        return duration.TotalSeconds switch
        {
            < 1 => Number(Math.Round(duration.TotalMilliseconds)) + " ms",
            < 60 => Number(Math.Round(duration.TotalSeconds, duration.TotalSeconds < 10 ? 1 : 0)) + " s",
            < 3600 => Parts((int)duration.TotalMinutes, "min", duration.Seconds, "s"),
            _ => Parts((int)duration.TotalHours, "h", duration.Minutes, "min"),
        };
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Parts(int major, string majorUnit, int minor, string minorUnit) =>
        minor == 0
            ? $"{major.ToString(CultureInfo.InvariantCulture)} {majorUnit}"
            : $"{major.ToString(CultureInfo.InvariantCulture)} {majorUnit} {minor.ToString(CultureInfo.InvariantCulture)} {minorUnit}";
}
