using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// The recorder of one game's client in the relay: it copies each message into a bounded queue, and its write loop
/// (<c>RelayRecorder.Writing.cs</c>) keeps several writes to Redis in flight, in order, then hands each message Redis
/// holds to the recorders that observe the game (the configuration's <see cref="LiveDataClientOptions.Recorder"/> and
/// the game's own from <see cref="LiveDataRedisRelayOptions.RecorderFactory"/>).
/// </summary>
/// <remarks>
/// <para>
/// A round trip to Redis per message was the relay's limit, so <see cref="RecordAsync"/> returns once the message is
/// queued, not written. The queue is bounded (<see cref="RelaySettings.WriteQueueCapacity"/>) and so are the writes in
/// flight (<see cref="RelaySettings.MaxWritesInFlight"/>): when Redis is slow or down, the queue fills and
/// <see cref="RecordAsync"/> waits, so the client stops reading, as it did when each write was awaited.
/// </para>
/// <para>
/// The relay builds one for each client it creates (see <see cref="GameRelay"/>) and checks every sequenced event its
/// client yields against <see cref="QueuedSequence"/>. When the client's stream ends, <see cref="FlushAsync"/> waits
/// until Redis holds every queued message (the game's end marker is written only after that); a restart of the client
/// that is not a stop gives the queue a bounded time to be written (<see cref="DrainAsync"/>), so the observers get
/// what Redis holds. Stopping the relay abandons the queue instead (<see cref="DisposeAsync"/>): writes already sent may land or not, the rest are dropped,
/// and the next start resumes from the newest entry in Redis, so nothing is lost.
/// </para>
/// </remarks>
internal sealed partial class RelayRecorder : ILiveDataMessageRecorder, IAsyncDisposable
{
    private readonly RedisGameWriter _writer;
    private readonly ILiveDataMessageRecorder?[] _observers;
    private readonly ILogger _logger;
    private readonly Channel<RelayWrite> _queue;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _writing;
    private long _queuedSequence = -1;
    private int _inFlight;
    private volatile bool _written;
    private Task<bool>? _waitingForMessages;

    public RelayRecorder(RedisGameWriter writer, ILiveDataMessageRecorder?[] observers, ILogger logger, CancellationToken stoppingToken = default)
    {
        _writer = writer;
        _observers = observers;
        _logger = logger;
        _queue = Channel.CreateBounded<RelayWrite>(new BoundedChannelOptions(writer.Settings.WriteQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _writing = Task.Run(() => WriteLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Gets the highest sequence handed to the write loop, or <see langword="null"/>.</summary>
    public long? QueuedSequence => Volatile.Read(ref _queuedSequence) is var value and >= 0 ? value : null;

    /// <summary>Gets how many writes are sent and not yet answered (at most <see cref="RelaySettings.MaxWritesInFlight"/>).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Gets how many messages wait in the queue for a write (at most <see cref="RelaySettings.WriteQueueCapacity"/>).</summary>
    public int Queued => _queue.Reader.Count;

    public async Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var write = RelayWrite.Copy(utf8Message, receivedAt);
        try
        {
            // Waits while the queue is full: the client reads nothing more until there is room. A write loop that
            // failed has completed the queue with its error, which this throws (the relay then restarts from Redis).
            await _queue.Writer.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            write.Release();
            throw;
        }

        if (write.Envelope.Sequence is { } sequence && sequence > Volatile.Read(ref _queuedSequence))
        {
            Volatile.Write(ref _queuedSequence, sequence);
        }
    }

    /// <summary>
    /// Waits until Redis holds every queued message; throws what stopped the write loop, if anything did, and
    /// <see cref="OperationCanceledException"/> when the relay stopped before then.
    /// </summary>
    public async Task FlushAsync()
    {
        _queue.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
        if (!_written)
        {
            // A normal return would tell the caller (which then writes the end marker) that Redis holds everything.
            throw new OperationCanceledException("The relay stopped before Redis held every queued message.");
        }
    }

    /// <summary>
    /// Before a restart of the game's client that is not a stop: lets the write loop write what is queued, and hand it
    /// to the observers, for at most <paramref name="limit"/>. What is not written by then is dropped by
    /// <see cref="DisposeAsync"/>, and the restart resumes from the newest entry in Redis.
    /// </summary>
    public async Task DrainAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        try
        {
            await _writing.WaitAsync(limit, _writer.Settings.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A write loop that failed (already reported), Redis still down at the limit, or the host stopping: the
            // restart resumes from Redis either way.
        }
    }

    /// <summary>Stops the write loop and drops what it has not written (see the remarks); idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            await _writing.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already reported by the loop (or by FlushAsync); stopping must not fail on it.
        }

        _stopping.Dispose();
    }
}
