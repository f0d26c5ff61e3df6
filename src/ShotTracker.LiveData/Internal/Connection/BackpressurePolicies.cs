using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// Reads a per-source back-pressure map (the client's options, a subscription, a broadcast delay) into one flag per
/// source, with the same rules everywhere.
/// </summary>
internal static class BackpressurePolicies
{
    /// <summary>
    /// Sets <paramref name="keepLatest"/> from <paramref name="policies"/>; returns what is wrong with them (to follow the
    /// name of the property) or <see langword="null"/> when they are valid.
    /// </summary>
    public static string? TryApply(IEnumerable<KeyValuePair<LiveDataSource, LiveDataBackpressurePolicy>> policies, bool[] keepLatest)
    {
        foreach (var pair in policies)
        {
            if (!Enum.IsDefined(typeof(LiveDataSource), pair.Key) || !Enum.IsDefined(typeof(LiveDataBackpressurePolicy), pair.Value))
            {
                return "contains an undefined source or policy.";
            }

            if (pair.Value == LiveDataBackpressurePolicy.KeepLatest && pair.Key.IsSequenced())
            {
                // Dropping an older value is only right for state that a newer value replaces, never for a sequenced message.
                return $"sets KeepLatest for '{pair.Key.ToWireName()}', a sequenced source; sequenced messages are never dropped.";
            }

            keepLatest[(int)pair.Key] = pair.Value == LiveDataBackpressurePolicy.KeepLatest;
        }

        return null;
    }
}
