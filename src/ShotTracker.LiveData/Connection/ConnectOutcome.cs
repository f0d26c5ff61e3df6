namespace ShotTracker.LiveData.Connection;

/// <summary>
/// What one run of the reconnect policy produced: a connection that has made progress (still running), one that
/// ended in a way no retry can change, or a refused token.
/// </summary>
internal readonly record struct ConnectOutcome(Task<ConnectionEnd>? Connection, LiveDataAuthenticationException? Refusal)
{
    public static ConnectOutcome Running(Task<ConnectionEnd> connection) => new(connection, null);

    public static ConnectOutcome Ended(ConnectionEnd end) => new(Task.FromResult(end), null);

    public static ConnectOutcome Refused(LiveDataAuthenticationException refusal) => new(null, refusal);
}
