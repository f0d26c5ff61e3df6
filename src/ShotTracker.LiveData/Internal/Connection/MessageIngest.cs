using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// The work on each received message, in one place: parse (pongs consumed, unreadable and unknown messages turned into
/// events), drop what was already delivered (by sequence), report a resume, record, put a gap event first after a
/// reconnect, and hand the event to the subscribers. It knows nothing of sockets or retries: the
/// <see cref="ConnectionLifecycle"/> reads the messages and tells it when connections open and end.
/// </summary>
/// <remarks>Called by one reader at a time (one connection is read at a time), so its fields need no lock.</remarks>
internal sealed class MessageIngest
{
    private readonly DeliverySettings _settings;
    private readonly ClientState _state;
    private readonly SubscriberSet _subscribers;
    private readonly ILogger _logger;
    private readonly GapTracker? _gaps;
    private long? _acceptedSequence;
    private long? _resumedFrom; // the last_seq of the current connection until its first new sequenced message
    private long _replayed;

    public MessageIngest(DeliverySettings settings, ClientState state, SubscriberSet subscribers, ILogger logger)
    {
        _settings = settings;
        _state = state;
        _subscribers = subscribers;
        _logger = logger;
        _gaps = settings.EmitGapEvents ? new GapTracker(settings.TimeProvider) : null;
        _acceptedSequence = state.ResumePoint.Value;
    }

    /// <summary>Gets the last sequence handed to the subscribers: the <c>last_seq</c> the next connection asks for.</summary>
    public long? AcceptedSequence => _acceptedSequence;

    /// <summary>Gets whether no subscriber is left to hand messages to (the last one overflowed): the connection must stop.</summary>
    public bool HasNobodyToFeed => _subscribers.EmptiedByOverflow;

    /// <summary>A connection opened with <paramref name="resumedFrom"/> as its <c>last_seq</c>.</summary>
    public void ConnectionOpened(long? resumedFrom)
    {
        _resumedFrom = resumedFrom;
        _replayed = 0;
    }

    /// <summary>The stream ended: every subscriber reads what it holds, then sees the end or <paramref name="error"/>.</summary>
    /// <param name="error">Why it failed, or <see langword="null"/> for a normal end.</param>
    public void Complete(Exception? error) => _subscribers.Complete(error);

    /// <summary>The connection ended: what the non-sequenced sources miss until the next message is a gap.</summary>
    public void ConnectionEnded() => _gaps?.ConnectionEnded();

    /// <summary>Takes one message just received through every step; it is recorded and its lag measured as received now.</summary>
    /// <param name="message">The message's bytes, valid until this call completes.</param>
    /// <param name="stopping">Set when the client stops: a wait for a subscriber's room ends, and the message is not delivered.</param>
    /// <returns>
    /// Whether it was new data (not a re-sent duplicate, an unreadable frame or an unknown message without a source,
    /// which a server may repeat on every connection): what makes a connection a success for the reconnect policy.
    /// </returns>
    public ValueTask<bool> IngestAsync(ReadOnlyMemory<byte> message, CancellationToken stopping) => IngestAsync(message, receivedAt: null, stopping);

    /// <summary>Takes one message through every step, as received at <paramref name="receivedAt"/>.</summary>
    /// <param name="message">The message's bytes, valid until this call completes.</param>
    /// <param name="receivedAt">
    /// When the message came off the service's socket, if that was elsewhere and earlier (a relay that stored it): the
    /// time recorded and measured from; <see langword="null"/> for now, on <see cref="DeliverySettings.TimeProvider"/>.
    /// </param>
    /// <param name="stopping">Set when the client stops: a wait for a subscriber's room ends, and the message is not delivered.</param>
    /// <returns>Whether it was new data; see <see cref="IngestAsync(ReadOnlyMemory{byte}, CancellationToken)"/>.</returns>
    public ValueTask<bool> IngestAsync(ReadOnlyMemory<byte> message, DateTimeOffset? receivedAt, CancellationToken stopping)
    {
        var item = Parse(message.Span, receivedAt);
        if (item is null)
        {
            return new ValueTask<bool>(false);
        }

        var sequence = item is InvalidLiveDataEvent ? null : item.Sequence;
        if (sequence is { } seq)
        {
            if (_acceptedSequence is { } accepted && seq <= accepted)
            {
                _state.Counters.Duplicate();
                _replayed++;
                LiveDataClientLog.DuplicateDropped(_logger, seq, accepted);
                return new ValueTask<bool>(false);
            }

            if (_resumedFrom is { } resumedFrom)
            {
                _resumedFrom = null;
                LiveDataClientLog.Resumed(_logger, resumedFrom, seq, _replayed);
                _state.RaiseResumed(new LiveDataResumedEventArgs(resumedFrom, seq, _replayed));
            }
        }

        var isNewData = sequence is not null || item.Source is not null;
        if (_settings.Recorder is not null || _gaps?.HasPendingGap == true)
        {
            return RecordAndDeliverAsync(message, receivedAt, item, sequence, isNewData, stopping);
        }

        // The common case, with no state machine: most writes complete at once (room in the buffer, or a loop that
        // was waiting and takes the event on this thread).
        _gaps?.Received();
        ValueTask write;
        try
        {
            write = _subscribers.WriteAsync(item, sequence, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return new ValueTask<bool>(false);
        }

        if (write.IsCompletedSuccessfully)
        {
            Accepted(sequence);
            return new ValueTask<bool>(isNewData);
        }

        return AwaitDeliveryAsync(write, sequence, isNewData, stopping);
    }

    private async ValueTask<bool> RecordAndDeliverAsync(
        ReadOnlyMemory<byte> message, DateTimeOffset? receivedAt, LiveDataEvent item, long? sequence, bool isNewData, CancellationToken stopping)
    {
        if (_settings.Recorder is { } recorder)
        {
            await RecordAsync(recorder, message, receivedAt ?? _settings.TimeProvider.GetUtcNow(), stopping).ConfigureAwait(false);
        }

        try
        {
            // The first message after a reconnect: say first what the non-sequenced sources missed meanwhile.
            if (_gaps is { } gaps && gaps.TryTake(out var from, out var to))
            {
                LiveDataClientLog.Gap(_logger, to - from);
                await _subscribers.WriteGapAsync(from, to, stopping).ConfigureAwait(false);
            }

            _gaps?.Received();
            await _subscribers.WriteAsync(item, sequence, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }

        Accepted(sequence);
        return isNewData;
    }

    private async ValueTask<bool> AwaitDeliveryAsync(ValueTask write, long? sequence, bool isNewData, CancellationToken stopping)
    {
        try
        {
            await write.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }

        Accepted(sequence);
        return isNewData;
    }

    private void Accepted(long? sequence)
    {
        if (sequence is not null)
        {
            _acceptedSequence = sequence;
        }
    }

    private async ValueTask RecordAsync(ILiveDataMessageRecorder recorder, ReadOnlyMemory<byte> message, DateTimeOffset receivedAt, CancellationToken stopping)
    {
        try
        {
            await recorder.RecordAsync(message, receivedAt, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: the message is not delivered either.
        }
        catch (Exception ex)
        {
            // A recorder is an observer: its failure (a full disk) must not cost the live stream.
            LiveDataClientLog.RecorderFailed(_logger, ex);
        }
    }

    /// <summary>Reads one message; consumes pongs (returns <see langword="null"/>) and turns unreadable ones into events.</summary>
    private LiveDataEvent? Parse(ReadOnlySpan<byte> message, DateTimeOffset? receivedAt)
    {
        LiveDataEvent item;
        try
        {
            item = EnvelopeReader.Read(message);
        }
        catch (Exception ex)
        {
            // The parser's contract is to throw nothing but LiveDataProtocolException; should anything else escape,
            // it is still one unreadable message, never the end of the connection.
            var error = ex as LiveDataProtocolException
                ?? new LiveDataProtocolException($"The message could not be read: {ex.GetType().Name}.", message.ToArray(), innerException: ex);
            LiveDataClientLog.ParseError(_logger, error.Path, error.BytePosition);
            LiveDataClientLog.ParseErrorDetail(_logger, error.Message);
            item = new InvalidLiveDataEvent { Error = error };
        }

        _state.Counters.Count(item, message.Length);
        if (item is PongEvent)
        {
            return null;
        }

        RecordLag(item, receivedAt);
        return item;
    }

    /// <summary>
    /// Records receipt time (<paramref name="receivedAt"/>, else now on the client's clock) minus the payload's own
    /// timestamp, when anyone listens.
    /// </summary>
    private void RecordLag(LiveDataEvent item, DateTimeOffset? receivedAt)
    {
        if (_state.Counters.Metrics is { LagEnabled: true } metrics && item.Source is { } source && PayloadTimestamp.Get(item) is { } sentAt)
        {
            var lag = TimeSpan.FromMilliseconds((receivedAt ?? _settings.TimeProvider.GetUtcNow()).ToUnixTimeMilliseconds() - sentAt);
            metrics.Lag(source, lag);
        }
    }
}
