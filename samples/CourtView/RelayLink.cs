namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>The state of the relay's own connection to Live Data, as the page's indicator shows it.</summary>
internal enum RelayLink
{
    /// <summary>Not connected yet.</summary>
    Connecting = 0,

    /// <summary>Connected: the page follows the game live.</summary>
    Live = 1,

    /// <summary>The connection was lost and the client is resuming it.</summary>
    Reconnecting = 2,

    /// <summary>The game is over and the stream has ended normally.</summary>
    Final = 3,

    /// <summary>The stream ended with an error (refused token, retries exhausted).</summary>
    Failed = 4,
}
