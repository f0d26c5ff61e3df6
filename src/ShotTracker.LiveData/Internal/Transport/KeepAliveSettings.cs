namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>What the keep-alive loop of a connection needs to know, passed down as values.</summary>
internal sealed record KeepAliveSettings(TimeSpan PingInterval, TimeSpan PongTimeout, TimeProvider TimeProvider);
