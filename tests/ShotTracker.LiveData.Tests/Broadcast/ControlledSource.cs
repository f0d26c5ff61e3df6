using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Broadcast;

/// <summary>
/// A live stream the test feeds by hand. <see cref="SendAsync"/> returns once the reader asked for the next event,
/// that is once the broadcast delay has stamped and held the one sent: fake time may then move without racing it.
/// </summary>
internal sealed class ControlledSource
{
    private readonly Channel<LiveDataEvent> _channel = Channel.CreateUnbounded<LiveDataEvent>();
    private Exception? _error;
    private int _pulls;

    public int Pulls => Volatile.Read(ref _pulls);

    public bool Cancelled { get; private set; }

    public async Task SendAsync(LiveDataEvent item)
    {
        var pulls = Pulls;
        _channel.Writer.TryWrite(item);
        await Wait.UntilAsync(() => Pulls > pulls, "the delay to take the event");
    }

    /// <summary>Sends <paramref name="item"/> without waiting for it to be taken.</summary>
    public void Write(LiveDataEvent item) => _channel.Writer.TryWrite(item);

    public void Complete(Exception? error = null)
    {
        _error = error;
        _channel.Writer.TryComplete();
    }

    public async IAsyncEnumerable<LiveDataEvent> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            while (true)
            {
                Interlocked.Increment(ref _pulls);
                if (!await _channel.Reader.WaitToReadAsync(cancellationToken))
                {
                    break;
                }

                yield return await _channel.Reader.ReadAsync(cancellationToken);
            }
        }
        finally
        {
            Cancelled = cancellationToken.IsCancellationRequested;
        }

        if (_error is not null)
        {
            throw _error;
        }
    }
}
