using System.Diagnostics;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Waits for a condition in real time, with the default timeout.</summary>
internal static class Wait
{
    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after the default timeout.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        while (!condition())
        {
            if (limit.Elapsed > (timeout ?? TaskExtensions.DefaultTimeoutSpan))
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(5);
        }
    }
}
