using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Broadcast;

/// <summary>
/// A live stream the test feeds by hand. <see cref="SendAsync"/> returns once the reader asked for the event after the
/// one sent, that is once the broadcast delay has stamped and held it: fake time may then move without racing it.
/// </summary>
internal sealed class ControlledSource
{
    private readonly Channel<(LiveDataEvent Event, TaskCompletionSource<bool>? Held)> _channel =
        Channel.CreateUnbounded<(LiveDataEvent, TaskCompletionSource<bool>?)>();

    private Exception? _error;
    private int _pulls;

    public int Pulls => Volatile.Read(ref _pulls);

    public bool Cancelled { get; private set; }

    public async Task SendAsync(LiveDataEvent item)
    {
        // Signalled when the reader comes back for the next event, not when it takes this one: in between it stamps
        // and holds it, so a wait on the pull count alone (which the read-ahead's first pull also raises) is not enough.
        var held = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _channel.Writer.TryWrite((item, held));
        await held.Task.DefaultTimeout();
    }

    /// <summary>Sends <paramref name="item"/> without waiting for it to be taken.</summary>
    public void Write(LiveDataEvent item) => _channel.Writer.TryWrite((item, null));

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

                var (item, held) = await _channel.Reader.ReadAsync(cancellationToken);
                yield return item;
                held?.TrySetResult(true);
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
