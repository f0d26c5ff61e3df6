namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// What one run of the reconnect policy produced: a connection that has made progress (still running), one that
/// ended in a way no retry can change, or a failure that ends the stream whatever the policy would do (a refused
/// token, a first connection that cannot succeed).
/// </summary>
internal readonly record struct ConnectOutcome(Task<ConnectionEnd>? Connection, LiveDataException? Failure, LiveDataDisconnectReason FailureReason)
{
    public static ConnectOutcome Running(Task<ConnectionEnd> connection) => new(connection, null, default);

    public static ConnectOutcome Ended(ConnectionEnd end) => new(Task.FromResult(end), null, default);

    public static ConnectOutcome Refused(LiveDataAuthenticationException refusal) => new(null, refusal, LiveDataDisconnectReason.AuthenticationFailed);

    public static ConnectOutcome Failed(LiveDataException failure, LiveDataDisconnectReason reason) => new(null, failure, reason);
}
