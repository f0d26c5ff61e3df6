namespace ShotTracker.LiveData;

/// <summary>
/// The service's <c>{"type":"pong"}</c> answer to a keep-alive ping. A control message: the client consumes it
/// and never yields it from a stream; it is public so that parsers, recorders and replays can represent it.
/// </summary>
public sealed record PongEvent : LiveDataEvent
{
    /// <summary>Gets the shared instance for a pong without extra envelope properties.</summary>
    public static PongEvent Instance { get; } = new();

    /// <inheritdoc />
    public override LiveDataSource? Source => null;
}
