namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// A connection opened but ended before it delivered anything new (it closed at once, only re-sent messages the
/// consumer already had, or sent nothing readable). The reconnect policy treats it as a failed attempt, so such a
/// server is retried with backoff instead of in a tight loop.
/// </summary>
internal sealed class ConnectionWithoutProgressException(ConnectionEnd end)
    : LiveDataException(Describe(end), end.Exception)
{
    /// <summary>Gets how the connection ended.</summary>
    public ConnectionEnd End { get; } = end;

    private static string Describe(ConnectionEnd end) => end.CloseStatus is { } status
        ? $"The connection ended ({end.Reason}, close status {(int)status}) before it delivered any new message."
        : $"The connection ended ({end.Reason}) before it delivered any new message.";
}
