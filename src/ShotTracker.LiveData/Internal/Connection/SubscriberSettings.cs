using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>One subscriber's validated, immutable settings: its filter, policies, capacity and full mode.</summary>
internal sealed class SubscriberSettings
{
    private SubscriberSettings(bool[]? accepts, bool[] keepLatest, int capacity, LiveDataSubscriberFullMode fullMode, bool emitGapEvents)
    {
        Accepts = accepts;
        KeepLatest = keepLatest;
        Capacity = capacity;
        FullMode = fullMode;
        EmitGapEvents = emitGapEvents;
        SkipsSequenced = accepts is not null && LiveDataSourceExtensions.All.Any(s => s.IsSequenced() && !accepts[(int)s]);
    }

    /// <summary>Gets, indexed by source value, whether the subscriber wants the source; <see langword="null"/> for every source.</summary>
    public bool[]? Accepts { get; }

    /// <summary>Gets, indexed by source value, whether the source keeps only its latest waiting message.</summary>
    public bool[] KeepLatest { get; }

    public int Capacity { get; }

    public LiveDataSubscriberFullMode FullMode { get; }

    public bool EmitGapEvents { get; }

    /// <summary>Gets whether the filter leaves out a sequenced source, whose messages then move the subscriber's position on.</summary>
    public bool SkipsSequenced { get; }

    /// <summary>Gets the settings of <see cref="LiveDataClient.StreamAsync(CancellationToken)"/>: the client's, waiting when full.</summary>
    public static SubscriberSettings ForClient(DeliverySettings client) =>
        new(accepts: null, client.KeepLatest.ToArray(), client.EventBufferCapacity, LiveDataSubscriberFullMode.Wait, client.EmitGapEvents);

    /// <summary>Validates and copies <paramref name="subscription"/>; what it leaves unset comes from <paramref name="client"/>.</summary>
    /// <exception cref="ArgumentException">A value is invalid; the message names it.</exception>
    public static SubscriberSettings Create(LiveDataSubscription subscription, DeliverySettings client)
    {
        if (subscription is null)
        {
            throw new ArgumentNullException(nameof(subscription));
        }

        bool[]? accepts = null;
        if (subscription.Sources.Count > 0)
        {
            accepts = new bool[SourceTable.IndexCapacity];
            foreach (var source in subscription.Sources)
            {
                if (!Enum.IsDefined(typeof(LiveDataSource), source))
                {
                    throw Invalid(nameof(subscription.Sources), "contains a value that is not a LiveDataSource.");
                }

                if (client.Sources.Count > 0 && !client.Sources.Contains(source))
                {
                    throw Invalid(nameof(subscription.Sources), $"contains '{source.ToWireName()}', which the connection does not subscribe to (LiveDataClientOptions.Sources); a subscriber may only narrow the client's sources.");
                }

                accepts[(int)source] = true;
            }
        }

        var keepLatest = client.KeepLatest.ToArray();
        if (BackpressurePolicies.TryApply(subscription.BackpressurePolicies, keepLatest) is { } policyProblem)
        {
            throw Invalid(nameof(subscription.BackpressurePolicies), policyProblem);
        }

        if (subscription.EventBufferCapacity is <= 0)
        {
            throw Invalid(nameof(subscription.EventBufferCapacity), $"must be null (the client's) or positive, but is {subscription.EventBufferCapacity}.");
        }

        if (!Enum.IsDefined(typeof(LiveDataSubscriberFullMode), subscription.FullMode))
        {
            throw Invalid(nameof(subscription.FullMode), $"must be Wait or EndSubscriber, but is {(int)subscription.FullMode}.");
        }

        return new SubscriberSettings(
            accepts,
            keepLatest,
            subscription.EventBufferCapacity ?? client.EventBufferCapacity,
            subscription.FullMode,
            client.EmitGapEvents && subscription.EmitGapEvents);
    }

    private static ArgumentException Invalid(string property, string problem) =>
        new($"LiveDataSubscription.{property} {problem}", "subscription");
}
