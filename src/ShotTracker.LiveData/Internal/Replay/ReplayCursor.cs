using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Replay;

/// <summary>One event read from a recording, with its receive time and whether it belongs to the state at the start.</summary>
internal readonly record struct ReplayItem(LiveDataEvent Event, DateTimeOffset? ReceivedAt, bool IsStartState);

/// <summary>
/// Turns a recording's lines into events, applying the start bounds and the source filter: the part of a replay
/// that does not depend on time. Before the start it keeps only the newest message of each non-sequenced source (at
/// most one per source, so memory stays flat), and hands those out first once the start is reached.
/// </summary>
internal sealed class ReplayCursor(NdjsonRecordingReader reader, LiveDataReplayOptions options)
{
    private readonly long? _startAtSequence = options.StartAtSequence;
    private readonly DateTimeOffset? _startAtTime = options.StartAtTime;
    private readonly bool _includeState = options.IncludeStateAtStart;
    private readonly bool[]? _sources = SourceMask(options.Sources);
    private readonly (ReplayItem Item, int Line)?[] _stateBeforeStart = new (ReplayItem, int)?[SourceTable.IndexCapacity];
    private readonly Queue<ReplayItem> _ready = new();
    private bool _sequenceReached = options.StartAtSequence is null;
    private bool _started = options.StartAtSequence is null && options.StartAtTime is null;

    /// <summary>Returns the next event to play, or <see langword="null"/> at the end of the recording.</summary>
    public async ValueTask<ReplayItem?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_ready.Count > 0)
            {
                return _ready.Dequeue();
            }

            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // A recording that ends before the start still yields the state it reached.
                ReleaseStateBeforeStart();
                return _ready.Count > 0 ? _ready.Dequeue() : null;
            }

            var item = new ReplayItem(Read(), reader.ReceivedAt, IsStartState: false);
            if (item.Event is PongEvent || (item.Event.Source is { } source && _sources is not null && !_sources[(int)source]))
            {
                continue;
            }

            if (_started || HasReachedStart(item))
            {
                return item;
            }
        }
    }

    private static bool[]? SourceMask(ISet<LiveDataSource> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        var mask = new bool[SourceTable.IndexCapacity];
        foreach (var source in sources)
        {
            mask[(int)source] = true;
        }

        return mask;
    }

    private LiveDataEvent Read()
    {
        if (reader.LineError is { } lineError)
        {
            // A JSON reader's message is a sentence with its own full stop; the reader's own reasons are not.
            return Invalid($"Recording line {reader.LineNumber} cannot be read: {lineError.TrimEnd('.')}.", reader.Line.ToArray(), null);
        }

        try
        {
            return LiveDataMessageSerializer.Deserialize(reader.Message.Span);
        }
        catch (Exception ex)
        {
            // As in the live client: one unreadable message is an event in the stream, never the end of it.
            return ex as LiveDataProtocolException is { } protocol
                ? new InvalidLiveDataEvent { Error = protocol }
                : Invalid($"The message could not be read: {ex.GetType().Name}.", reader.Message.ToArray(), ex);
        }
    }

    private static InvalidLiveDataEvent Invalid(string message, byte[] raw, Exception? inner) =>
        new() { Error = new LiveDataProtocolException(message, raw, innerException: inner) };

    private bool HasReachedStart(ReplayItem item)
    {
        var sequence = item.Event is InvalidLiveDataEvent ? null : item.Event.Sequence;
        if (!_sequenceReached && sequence >= _startAtSequence)
        {
            _sequenceReached = true;
        }

        var timeReached = _startAtTime is not { } startTime || item.ReceivedAt >= startTime;
        if (_sequenceReached && timeReached && (_startAtSequence is null || sequence is null || sequence >= _startAtSequence))
        {
            ReleaseStateBeforeStart();
            _ready.Enqueue(item);
            return false;
        }

        if (_includeState && sequence is null && item.Event.Source is { } source)
        {
            _stateBeforeStart[(int)source] = (item with { IsStartState = true }, reader.LineNumber);
        }

        return false;
    }

    private void ReleaseStateBeforeStart()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        foreach (var (item, _) in _stateBeforeStart.OfType<(ReplayItem Item, int Line)>().OrderBy(s => s.Line))
        {
            _ready.Enqueue(item);
        }

        Array.Clear(_stateBeforeStart, 0, _stateBeforeStart.Length);
    }
}
