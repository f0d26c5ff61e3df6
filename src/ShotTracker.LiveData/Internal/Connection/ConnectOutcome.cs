namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// What one run of the reconnect policy produced: a connection that has delivered something new (open, to be read on
/// to its end), one that ended in a way no retry changes, or a failure that ends the stream whatever the policy would
/// do (a refused token, a first connection that cannot succeed).
/// </summary>
internal readonly record struct ConnectOutcome(OpenConnection? Connection, ConnectionEnd End, LiveDataException? Failure, LiveDataDisconnectReason FailureReason)
{
    public static ConnectOutcome Open(OpenConnection connection) => new(connection, default, null, default);

    public static ConnectOutcome Ended(ConnectionEnd end) => new(null, end, null, default);

    public static ConnectOutcome Refused(LiveDataAuthenticationException refusal) => new(null, default, refusal, LiveDataDisconnectReason.AuthenticationFailed);

    public static ConnectOutcome Failed(LiveDataException failure, LiveDataDisconnectReason reason) => new(null, default, failure, reason);
}
