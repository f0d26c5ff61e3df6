using System.Globalization;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// Redis no longer holds a sequence it acknowledged to the relay (it restarted and lost its last writes): what ends a
/// client's write loop so the relay restarts the game from the newest entry Redis really holds.
/// </summary>
internal sealed class RedisLostWritesException(long? sequence, long? confirmed) : Exception(
    "Redis does not hold the sequence written before seq " + Format(sequence) + " although it acknowledged it (confirmed up to "
    + Format(confirmed) + "); the relay restarts the game from the newest entry Redis holds.")
{
    private static string Format(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
