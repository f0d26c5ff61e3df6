using System.Globalization;

namespace ShotTracker.LiveData;

/// <summary>
/// Reports how a resumed connection picked up the sequence; see <see cref="LiveDataClient.Resumed"/>.
/// </summary>
public sealed class LiveDataResumedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="fromSequence">The <c>last_seq</c> the connection was opened with.</param>
    /// <param name="firstNewSequence">The first sequence number above it that arrived.</param>
    /// <param name="replayedDuplicates">How many already-delivered sequenced messages the service re-sent first (dropped).</param>
    public LiveDataResumedEventArgs(long fromSequence, long firstNewSequence, long replayedDuplicates)
    {
        FromSequence = fromSequence;
        FirstNewSequence = firstNewSequence;
        ReplayedDuplicates = replayedDuplicates;
    }

    /// <summary>Gets the <c>last_seq</c> the connection was opened with.</summary>
    public long FromSequence { get; }

    /// <summary>Gets the first sequence number above <see cref="FromSequence"/> that arrived (a jump is normal with a source filter).</summary>
    public long FirstNewSequence { get; }

    /// <summary>Gets how many sequenced messages at or below <see cref="FromSequence"/> the service re-sent first; the client dropped them.</summary>
    public long ReplayedDuplicates { get; }

    /// <summary>Returns the resume, for logs and the debugger, for example <c>Resumed after 41: first new 42, 3 re-sent dropped</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "Resumed after {0}: first new {1}, {2} re-sent dropped", FromSequence, FirstNewSequence, ReplayedDuplicates);
}
