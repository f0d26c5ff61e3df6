using System.Globalization;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>How the Redis commands show a figure over several runs on a shared machine.</summary>
internal static class RunSpread
{
    /// <summary>The median of the runs and, when they differ, their range: <c>median (lowest–highest)</c>.</summary>
    public static string Of<T>(IReadOnlyList<T> runs, Func<T, double> figure, string format)
    {
        var values = runs.Select(figure).Order().ToArray();
        var median = values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
        var text = median.ToString(format, CultureInfo.InvariantCulture);
        return values[0] == values[^1] ? text : $"{text} ({values[0].ToString(format, CultureInfo.InvariantCulture)}–{values[^1].ToString(format, CultureInfo.InvariantCulture)})";
    }
}
