namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>Told what keep-alive does, so the layer above can count it; transport knows nothing of that layer.</summary>
internal interface IKeepAliveObserver
{
    /// <summary>A ping was sent.</summary>
    void PingSent();

    /// <summary>Nothing arrived within the pong timeout: the connection was declared dead and aborted.</summary>
    void KeepAliveTimedOut();
}
