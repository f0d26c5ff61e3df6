namespace ShotTracker.LiveData;

/// <summary>The state of a <see cref="LiveDataClient"/>'s connection to the service.</summary>
public enum LiveDataConnectionState
{
    /// <summary>No stream is running: <see cref="LiveDataClient.StreamAsync(CancellationToken)"/> has not been called yet, or the last stream ended.</summary>
    Disconnected = 0,

    /// <summary>The first connection of a stream is being opened (handshake in progress or waiting to retry it).</summary>
    Connecting = 1,

    /// <summary>The connection is open and messages are flowing.</summary>
    Connected = 2,

    /// <summary>A connection was lost and the client is opening a new one that resumes with <c>last_seq</c>.</summary>
    Reconnecting = 3,

    /// <summary>The stream ended: the service closed normally, the user stopped, or it failed for good.</summary>
    Closed = 4,
}
