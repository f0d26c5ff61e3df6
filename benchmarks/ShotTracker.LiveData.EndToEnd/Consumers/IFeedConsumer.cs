using ShotTracker.LiveData.EndToEnd.Feed;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>A way to read the feed; each run connects once and reads until the server closes or all have arrived.</summary>
internal interface IFeedConsumer
{
    /// <summary>Gets the name shown in the tables.</summary>
    string Name { get; }

    /// <summary>Connects, reads every message into <paramref name="meter"/>, and disconnects.</summary>
    Task RunAsync(Uri endpoint, string token, FeedSource source, MessageMeter meter, CancellationToken cancellationToken);
}
