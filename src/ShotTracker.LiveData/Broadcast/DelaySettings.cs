using ShotTracker.LiveData.Protocol;

namespace ShotTracker.LiveData.Broadcast;

/// <summary>What one delayed stream reads from its <see cref="BroadcastDelay"/> once, checked when the operator is applied.</summary>
internal sealed class DelaySettings
{
    private DelaySettings(bool[] keepLatest, TimeProvider timeProvider, int maxHeld)
    {
        KeepLatest = keepLatest;
        TimeProvider = timeProvider;
        MaxHeld = maxHeld;
    }

    public IReadOnlyList<bool> KeepLatest { get; }

    public TimeProvider TimeProvider { get; }

    public int MaxHeld { get; }

    public static DelaySettings From(BroadcastDelay delay)
    {
        if (delay.TimeProvider is null)
        {
            throw new ArgumentException("BroadcastDelay.TimeProvider must not be null.", nameof(delay));
        }

        if (delay.MaxHeldEvents <= 0)
        {
            throw new ArgumentException("BroadcastDelay.MaxHeldEvents must be positive.", nameof(delay));
        }

        var keepLatest = new bool[SourceTable.IndexCapacity];
        foreach (var pair in delay.BackpressurePolicies)
        {
            if (!Enum.IsDefined(typeof(LiveDataSource), pair.Key) || !Enum.IsDefined(typeof(LiveDataBackpressurePolicy), pair.Value))
            {
                throw new ArgumentException("BroadcastDelay.BackpressurePolicies contains an undefined source or policy.", nameof(delay));
            }

            if (pair.Value == LiveDataBackpressurePolicy.KeepLatest && pair.Key.IsSequenced())
            {
                throw new ArgumentException(
                    $"BroadcastDelay.BackpressurePolicies sets KeepLatest for '{pair.Key.ToWireName()}', a sequenced source; sequenced messages are never dropped.",
                    nameof(delay));
            }

            keepLatest[(int)pair.Key] = pair.Value == LiveDataBackpressurePolicy.KeepLatest;
        }

        return new DelaySettings(keepLatest, delay.TimeProvider, delay.MaxHeldEvents);
    }
}
