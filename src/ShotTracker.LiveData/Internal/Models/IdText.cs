using System.Globalization;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>
/// The one spelling of an id that arrives as a number in some sources and as a string in others: a decimal integer
/// is kept as its number (so <c>"0042"</c>, <c>"42"</c> and <c>42</c> are equal), anything else as its text.
/// </summary>
internal static class IdText
{
    public static bool TryRead(string? text, out long number, out string? other)
    {
        number = 0;
        other = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }

        other = text;
        return true;
    }

    public static string Format(long number, string? other) => other ?? number.ToString(CultureInfo.InvariantCulture);

    public static int Compare(long number, string? other, long otherNumber, string? otherText) =>
        (other, otherText) switch
        {
            (null, null) => number.CompareTo(otherNumber),
            (null, _) => -1,
            (_, null) => 1,
            _ => string.CompareOrdinal(other, otherText),
        };
}
