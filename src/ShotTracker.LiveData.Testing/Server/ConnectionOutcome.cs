namespace ShotTracker.LiveData.Testing.Server;

/// <summary>How one streaming connection ended.</summary>
internal enum ConnectionOutcome
{
    /// <summary>The game ended and the server closed with 1000.</summary>
    Completed,

    /// <summary>A fault aborted the connection.</summary>
    Dropped,

    /// <summary>The connection reached its lifetime and the server closed with 1001, as gateways do.</summary>
    GoingAway,

    /// <summary>The client closed or went away, or the emulator stopped.</summary>
    Ended,
}
