namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>The parts of the connection URI (wire contract §1) that stay the same across reconnects.</summary>
internal sealed record SubscriptionQuery(
    Uri Endpoint,
    IReadOnlyList<LiveDataSource> Sources,
    string? BroadcastSummaryLevel,
    IReadOnlyList<KeyValuePair<string, string>> AdditionalQueryParameters);
