namespace ShotTracker.LiveData;

/// <summary>
/// Receives every message a <see cref="LiveDataClient"/> delivers, exactly as it arrived, for recording (for
/// example with <see cref="NdjsonRecorder"/>) and later replay.
/// </summary>
/// <remarks>
/// Set it as <see cref="LiveDataClientOptions.Recorder"/>. The client calls it from its receive loop, one message at
/// a time and in delivery order, for each data, unknown and unreadable message it hands to the stream (not for
/// pongs, nor for re-sent messages it drops as duplicates), and waits for the returned task before reading the next
/// message: a slow recorder slows the stream rather than losing data. An exception from the recorder is logged and
/// the stream goes on.
/// </remarks>
public interface ILiveDataMessageRecorder
{
    /// <summary>Records one message.</summary>
    /// <param name="utf8Message">
    /// The complete message as received. The memory is reused after the returned task completes: copy what you keep.
    /// </param>
    /// <param name="receivedAt">When the client received it, from <see cref="LiveDataClientOptions.TimeProvider"/>.</param>
    /// <param name="cancellationToken">Signalled when the stream stops.</param>
    /// <returns>A task that completes when the message has been recorded.</returns>
    Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);
}
