using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Internal;
using ShotTracker.LiveData.Internal.Connection;
using ShotTracker.LiveData.Internal.Replay;

namespace ShotTracker.LiveData;

/// <summary>
/// An <see cref="ILiveDataClient"/> that plays an NDJSON recording written by <see cref="NdjsonRecorder"/>: the same
/// <see cref="LiveDataEvent"/>s the live client yielded, at the recorded pace, a multiple of it, or as fast as they
/// are read. It plugs in wherever a live client does (<c>LiveGame.RunAsync</c>, dependency injection, an app's own
/// loop) to rehearse a broadcast or backfill a store.
/// </summary>
/// <remarks>
/// <para>
/// The file is read line by line through one pooled buffer (<see cref="NdjsonRecordingReader"/>): memory stays flat
/// whatever its size. A line or message that cannot be read becomes an <see cref="InvalidLiveDataEvent"/> and the
/// replay goes on; pongs are skipped; a sequenced message at or below <see cref="LastSequence"/> is dropped as a
/// duplicate, as the live client does.
/// </para>
/// <para>
/// The pace counts from the first message a stream plays, on <see cref="LiveDataReplayOptions.TimeProvider"/>. The
/// replay pulls: a consumer slower than the pace makes it fall behind the schedule, never drop a message, and the
/// messages that came due meanwhile then follow at once until it is back on schedule.
/// </para>
/// <para>
/// State changes run Connecting, Connected, then Closed with <see cref="LiveDataDisconnectReason.ServerClosed"/> at
/// the end of the recording (<see cref="LiveDataDisconnectReason.ByUser"/> when stopped,
/// <see cref="LiveDataDisconnectReason.Error"/> when the file cannot be read). A later <see cref="StreamAsync"/> goes
/// on after the last message the previous one yielded. One stream at a time.
/// </para>
/// </remarks>
public sealed class NdjsonReplayClient : ILiveDataClient
{
    private readonly Func<Stream> _open;
    private readonly bool _leaveOpen;
    private readonly LiveDataReplayOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ClientState _state;
    private readonly object _gate = new();
    private NdjsonRecordingReader? _reader;
    private ReplayCursor? _cursor;
    private ReplayItem? _pending;
    private bool _streaming;
    private bool _disposed;
    private Stream? _unopened; // a caller's stream this client owns and has not handed to a reader yet
    private readonly CancellationTokenSource _disposal = new();

    /// <summary>Creates a client that plays the recording in the file at <paramref name="path"/>.</summary>
    /// <param name="path">An NDJSON file written by <see cref="NdjsonRecorder"/>; opened when the first stream starts.</param>
    /// <param name="options">The pace, start and sources; <see langword="null"/> for the defaults (as fast as possible, from the start).</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is <see langword="null"/> or empty.</exception>
    public NdjsonReplayClient(string path, LiveDataReplayOptions? options = null)
        : this(OpenFile(path), leaveOpen: false, options)
    {
    }

    /// <summary>Creates a client that plays the recording read from <paramref name="stream"/>, from its current position.</summary>
    /// <param name="stream">A readable stream of NDJSON.</param>
    /// <param name="options">The pace, start and sources; <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether disposing the client leaves <paramref name="stream"/> open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not readable.</exception>
    public NdjsonReplayClient(Stream stream, LiveDataReplayOptions? options = null, bool leaveOpen = false)
        : this(CheckReadable(stream), leaveOpen, options)
    {
        _unopened = leaveOpen ? null : stream;
    }

    private NdjsonReplayClient(Func<Stream> open, bool leaveOpen, LiveDataReplayOptions? options)
    {
        _open = open;
        _leaveOpen = leaveOpen;
        var source = options ?? new LiveDataReplayOptions();
        // A copy: the options are read once, as the live client reads its own.
        _options = new LiveDataReplayOptions
        {
            Pace = source.Pace ?? throw new ArgumentException("Pace must not be null.", nameof(options)),
            StartAtSequence = source.StartAtSequence,
            StartAtTime = source.StartAtTime,
            IncludeStateAtStart = source.IncludeStateAtStart,
            TimeProvider = source.TimeProvider ?? throw new ArgumentException("TimeProvider must not be null.", nameof(options)),
        };
        _options.Sources.UnionWith(source.Sources);
        _timeProvider = _options.TimeProvider;
        _state = new ClientState(this, NullLogger.Instance, metrics: null, lastSequence: null);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Handlers run as the live client's do: one at a time, in order, on a background task, never on the thread that
    /// plays the recording; an exception a handler throws is ignored; a stream ends after the handlers of its last
    /// state change have run.
    /// </remarks>
    public event EventHandler<LiveDataConnectionStateChangedEventArgs>? ConnectionStateChanged
    {
        add => _state.StateChanged += value;
        remove => _state.StateChanged -= value;
    }

    /// <inheritdoc />
    /// <remarks>Never raised: a recording has no reconnect to resume.</remarks>
    public event EventHandler<LiveDataResumedEventArgs>? Resumed
    {
        add { }
        remove { }
    }

    /// <inheritdoc />
    public LiveDataConnectionState State => _state.State;

    /// <inheritdoc />
    public long? LastSequence => _state.ResumePoint.Value;

    /// <inheritdoc />
    public LiveDataClientStatistics GetStatistics() => _state.Snapshot();

    /// <inheritdoc />
    /// <remarks>
    /// Each call goes on after the last message the previous stream yielded. The enumeration throws
    /// <see cref="IOException"/> when the file cannot be opened or read.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    /// <exception cref="InvalidOperationException">Thrown by the enumeration when another stream of this client is running.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _disposed))
        {
            throw new ObjectDisposedException(nameof(NdjsonReplayClient));
        }

        return StreamCoreAsync(cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Closes the file (or the stream, unless created with <c>leaveOpen</c>); a running stream stops with
    /// <see cref="OperationCanceledException"/>, also while it waits for a message's time, and closes the file as it ends.
    /// </remarks>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return default;
            }

            _disposed = true;
            if (!_streaming)
            {
                CloseReader();
            }
        }

        // Outside the lock: cancelling runs the waiting stream's continuation, whose finally takes the lock.
        _disposal.Cancel();
        return default;
    }

    /// <summary>Returns a description with the pace and the state.</summary>
    /// <returns>For example <c>NdjsonReplayClient(x4, Connected)</c>.</returns>
    public override string ToString() => $"NdjsonReplayClient({_options.Pace}, {State})";

    private static Func<Stream> OpenFile(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new ArgumentException("A file path is required.", nameof(path));
        }

        return () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, useAsync: true);
    }

    private static Func<Stream> CheckReadable(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        return () => stream;
    }

    private async IAsyncEnumerable<LiveDataEvent> StreamCoreAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(NdjsonReplayClient));
            }

            if (_streaming)
            {
                throw new InvalidOperationException("A stream of this client is already running; enumerate StreamAsync once at a time.");
            }

            _streaming = true;
        }

        var reason = LiveDataDisconnectReason.ByUser;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposal.Token);
        try
        {
            SetState(LiveDataConnectionState.Connecting, LiveDataDisconnectReason.None);
            reason = LiveDataDisconnectReason.Error;
            if (_cursor is null)
            {
                _unopened = null;
                _cursor = new ReplayCursor(_reader = new NdjsonRecordingReader(_open(), _leaveOpen), _options);
            }

            reason = LiveDataDisconnectReason.ByUser;
            SetState(LiveDataConnectionState.Connected, LiveDataDisconnectReason.None);

            var schedule = new ReplaySchedule(_options.Pace, _timeProvider);
            while (true)
            {
                reason = LiveDataDisconnectReason.Error;
                var next = _pending ?? await _cursor.NextAsync(stop.Token).ConfigureAwait(false);
                reason = LiveDataDisconnectReason.ByUser;
                if (next is not { } item)
                {
                    break;
                }

                // Kept until yielded, so a stream stopped while waiting loses nothing: the next one starts with it.
                _pending = item;
                try
                {
                    await schedule.WaitForAsync(item, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException("The NdjsonReplayClient was disposed while the stream was running.");
                }

                if (Volatile.Read(ref _disposed))
                {
                    throw new OperationCanceledException("The NdjsonReplayClient was disposed while the stream was running.");
                }

                _pending = null;
                if (Accept(item.Event))
                {
                    yield return item.Event;
                }
            }

            reason = LiveDataDisconnectReason.ServerClosed;
        }
        finally
        {
            SetState(LiveDataConnectionState.Closed, reason);
            await _state.WhenHandlersIdleAsync().ConfigureAwait(false);
            lock (_gate)
            {
                _streaming = false;
                if (_disposed)
                {
                    CloseReader();
                }
            }
        }
    }

    private void CloseReader()
    {
        _reader?.Dispose();
        _reader = null;
        _unopened?.Dispose();
        _unopened = null;
    }

    private void SetState(LiveDataConnectionState state, LiveDataDisconnectReason reason) =>
        _state.Set(state, reason, attempt: state == LiveDataConnectionState.Connecting ? 1 : 0);

    /// <summary>
    /// Counts <paramref name="item"/> and tells whether to yield it: a sequenced message at or below
    /// <see cref="LastSequence"/> is a duplicate, dropped as the live client drops it. One stream at a time, so the
    /// check and the move of the resume point need no lock.
    /// </summary>
    private bool Accept(LiveDataEvent item)
    {
        if (item is not InvalidLiveDataEvent && item.Sequence is { } sequence)
        {
            if (sequence <= _state.ResumePoint.Value)
            {
                _state.Counters.Duplicate();
                return false;
            }

            _state.ResumePoint.Advance(sequence);
        }

        _state.Counters.Count(item, size: 0);
        return true;
    }
}
