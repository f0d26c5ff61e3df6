using System.Diagnostics;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>Waits for a condition to hold: a signal, not a time budget (the limit only turns a hang into a failure).</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what) => await TrueAsync(() => Task.FromResult(condition()), what);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"Waited 90 seconds for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
