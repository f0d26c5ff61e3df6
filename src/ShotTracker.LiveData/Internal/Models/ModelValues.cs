using System.Globalization;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>The conversions behind the typed convenience properties of the payload records.</summary>
internal static class ModelValues
{
    /// <summary>Milliseconds since the Unix epoch as a UTC time; <see langword="null"/> when absent or out of range.</summary>
    public static DateTimeOffset? FromUnixMilliseconds(long? milliseconds) =>
        milliseconds is { } ms && ms >= -62_135_596_800_000 && ms <= 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    /// <summary>Milliseconds as a duration; <see langword="null"/> when absent or negative.</summary>
    public static TimeSpan? FromMilliseconds(long? milliseconds) =>
        milliseconds is { } ms && ms >= 0 && ms < TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMillisecond
            ? TimeSpan.FromTicks(ms * TimeSpan.TicksPerMillisecond)
            : null;

    /// <summary>
    /// A clock reading sent as text (<c>"9"</c>, <c>"05"</c>, <c>"3"</c>): minutes, seconds and the digits after the
    /// decimal point; <see langword="null"/> when the seconds are absent or any part is not a number.
    /// </summary>
    public static TimeSpan? ClockReading(string? minutes, string? seconds, string? fraction)
    {
        if (!TryNumber(seconds, out var sec))
        {
            return null;
        }

        var min = 0L;
        if (!string.IsNullOrEmpty(minutes) && !TryNumber(minutes, out min))
        {
            return null;
        }

        var ticks = ((min * 60) + sec) * TimeSpan.TicksPerSecond;
        if (!string.IsNullOrEmpty(fraction))
        {
            var digits = fraction!.Trim();
            if (digits.Length > 7 || !TryNumber(digits, out var value))
            {
                return null;
            }

            // "5" is 0.5 s and "05" is 0.05 s: the digits after the decimal point.
            var scale = 1L;
            for (var i = digits.Length; i < 7; i++)
            {
                scale *= 10;
            }

            ticks += value * scale;
        }

        return TimeSpan.FromTicks(ticks);
    }

    private static bool TryNumber(string? text, out long value)
    {
        value = 0;
        return !string.IsNullOrEmpty(text)
            && long.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value < 1_000_000;
    }
}
