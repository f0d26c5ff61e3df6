using System.Diagnostics;
using ShotTracker.LiveData.Redis;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>Helpers for the <see cref="RedisLiveDataClient"/>s the Redis commands start before the feed.</summary>
internal static class RedisReaders
{
    /// <summary>
    /// Waits until <paramref name="client"/> has had its first answer from Redis (state Connected), so it is waiting on
    /// the game's streams before the relay writes the first entry and never measures a catch-up.
    /// </summary>
    public static async Task WaitUntilReadingAsync(RedisLiveDataClient client, Task reading)
    {
        var started = Stopwatch.GetTimestamp();
        while (client.State != LiveDataConnectionState.Connected)
        {
            if (reading.IsCompleted)
            {
                await reading;
                throw new InvalidOperationException("The RedisLiveDataClient's stream ended before it was reading.");
            }

            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"The RedisLiveDataClient was not reading within 30 s ({client.State}).");
            }

            await Task.Delay(5);
        }
    }
}
