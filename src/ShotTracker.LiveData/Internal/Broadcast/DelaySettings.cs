using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Broadcast;

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
        if (Connection.BackpressurePolicies.TryApply(delay.BackpressurePolicies, keepLatest) is { } policyProblem)
        {
            throw new ArgumentException("BroadcastDelay.BackpressurePolicies " + policyProblem, nameof(delay));
        }

        return new DelaySettings(keepLatest, delay.TimeProvider, delay.MaxHeldEvents);
    }
}
