using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace ShotTracker.LiveData;

/// <summary>Describes a change of <see cref="LiveDataClient.State"/>; see <see cref="LiveDataClient.ConnectionStateChanged"/>.</summary>
public sealed class LiveDataConnectionStateChangedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="previousState">The state before the change.</param>
    /// <param name="state">The new state.</param>
    /// <param name="reason">Why the previous connection ended or the previous attempt failed.</param>
    public LiveDataConnectionStateChangedEventArgs(LiveDataConnectionState previousState, LiveDataConnectionState state, LiveDataDisconnectReason reason)
    {
        PreviousState = previousState;
        State = state;
        Reason = reason;
    }

    /// <summary>Gets the state before the change.</summary>
    public LiveDataConnectionState PreviousState { get; }

    /// <summary>Gets the new state.</summary>
    public LiveDataConnectionState State { get; }

    /// <summary>
    /// Gets why the previous connection ended or the previous attempt failed (<see cref="LiveDataDisconnectReason.None"/>
    /// for the first attempt of a stream). For <see cref="LiveDataConnectionState.Closed"/>, why the stream ended.
    /// </summary>
    public LiveDataDisconnectReason Reason { get; }

    /// <summary>
    /// Gets the connection attempt number, counted from 1 since the last time a connection was open, for
    /// <see cref="LiveDataConnectionState.Connecting"/> and <see cref="LiveDataConnectionState.Reconnecting"/>; otherwise 0.
    /// </summary>
    public int Attempt { get; init; }

    /// <summary>Gets the close status the service sent, when <see cref="Reason"/> is <see cref="LiveDataDisconnectReason.ServerClosed"/> or authentication failed by close.</summary>
    public WebSocketCloseStatus? CloseStatus { get; init; }

    /// <summary>Gets the close description the service sent, if any.</summary>
    public string? CloseStatusDescription { get; init; }

    /// <summary>Gets the error behind <see cref="Reason"/>, if there was one. Its message never contains the token.</summary>
    public Exception? Exception { get; init; }

    /// <summary>
    /// Gets, for <see cref="LiveDataConnectionState.Connected"/>, the <c>last_seq</c> the connection was opened with
    /// (the resume point), or <see langword="null"/> when it started from the beginning.
    /// </summary>
    public long? ResumedFromSequence { get; init; }

    /// <summary>
    /// Returns the change and its details, for logs and the debugger, for example
    /// <c>Connected -> Reconnecting (Lost, attempt 1, close status 1006)</c>. The exception appears as its type and
    /// message, which never carry the token.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(PreviousState).Append(" -> ").Append(State).Append(" (").Append(Reason);
        text.Append(", attempt ").Append(Attempt.ToString(CultureInfo.InvariantCulture));
        if (CloseStatus is { } status)
        {
            text.Append(", close status ").Append(((int)status).ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(CloseStatusDescription))
            {
                text.Append(" '").Append(CloseStatusDescription).Append('\'');
            }
        }

        if (ResumedFromSequence is { } seq)
        {
            text.Append(", resumed from ").Append(seq.ToString(CultureInfo.InvariantCulture));
        }

        if (Exception is { } exception)
        {
            text.Append(", ").Append(exception.GetType().Name).Append(": ").Append(exception.Message);
        }

        return text.Append(')').ToString();
    }
}
