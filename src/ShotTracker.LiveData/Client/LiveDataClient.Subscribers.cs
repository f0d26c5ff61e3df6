using System.Runtime.CompilerServices;
using ShotTracker.LiveData.Internal.Connection;

namespace ShotTracker.LiveData;

/// <content>Subscribers: every enumeration joins the one shared connection, which closes when the last one leaves.</content>
public sealed partial class LiveDataClient
{
    /// <summary>
    /// Yields the messages <paramref name="subscription"/> asks for, as one subscriber of the client's shared
    /// connection: with its own source filter, buffer, back-pressure policies and full mode.
    /// </summary>
    /// <param name="subscription">This subscriber's settings; read now, so later changes have no effect.</param>
    /// <param name="cancellationToken">
    /// Stops this stream: the enumeration throws <see cref="OperationCanceledException"/>, and when it was the last
    /// subscriber the connection is closed gracefully.
    /// </param>
    /// <returns>
    /// The typed events of the subscribed sources, in the order received, starting at the next message when the
    /// connection is already running; see <see cref="StreamAsync(CancellationToken)"/>.
    /// </returns>
    /// <remarks>
    /// A slow subscriber never holds up the others unless its <see cref="LiveDataSubscription.FullMode"/> is
    /// <see cref="LiveDataSubscriberFullMode.Wait"/>: its keep-latest sources are coalesced, and with the default
    /// <see cref="LiveDataSubscriberFullMode.EndSubscriber"/> a non-sequenced message that does not fit is dropped for
    /// it alone, while a sequenced one ends it with <see cref="LiveDataSubscriberOverflowException"/>. Every sequenced
    /// message it receives, it receives exactly once and in order, across reconnects.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="subscription"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value of <paramref name="subscription"/> is invalid, or names a source the client does not subscribe to.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    /// <exception cref="LiveDataSubscriberOverflowException">Thrown by the enumeration when this subscriber fell too far behind (see above).</exception>
    /// <exception cref="LiveDataException">Thrown by the enumeration when the connection fails for good, as for <see cref="StreamAsync(CancellationToken)"/>.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(LiveDataSubscription subscription, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return StreamCoreAsync(SubscriberSettings.Create(subscription, _settings), cancellationToken);
    }

    private async IAsyncEnumerable<LiveDataEvent> StreamCoreAsync(SubscriberSettings settings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (run, subscriber) = await SubscribeAsync(settings).ConfigureAwait(false);
        try
        {
            while (true)
            {
                LiveDataEvent? item;
                try
                {
                    item = await subscriber.Buffer.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    throw;
                }

                if (item is null)
                {
                    yield break;
                }

                run.Subscribers.Read(subscriber, item);
                yield return item;
            }
        }
        finally
        {
            await UnsubscribeAsync(run, subscriber).ConfigureAwait(false);
        }
    }

    /// <summary>Joins the running connection, or opens one; waits first for a connection that is closing to be gone.</summary>
    private async ValueTask<(StreamRun Run, Subscriber Subscriber)> SubscribeAsync(SubscriberSettings settings)
    {
        while (true)
        {
            StreamRun ending;
            lock (_gate)
            {
                ThrowIfDisposed();
                if (_run is null)
                {
                    var run = StreamRun.Create(_settings, _state, _logger, HandOffInlineBudget);
                    var first = run.Subscribers.TryAdd(settings)!;
                    _run = run;
                    run.Lifecycle.Start();
                    return (run, first);
                }

                if (_run.Subscribers.TryAdd(settings) is { } subscriber)
                {
                    return (_run, subscriber);
                }

                ending = _run;
            }

            // The connection is closing (its last subscriber left) or ended: a new one starts once it is gone, so two
            // never overlap and the new one resumes after the final LastSequence. Bounded by the close timeout.
            await ending.Lifecycle.Completion.ConfigureAwait(false);
            lock (_gate)
            {
                if (_run == ending)
                {
                    _run = null;
                }
            }
        }
    }

    /// <summary>Leaves the connection; the last subscriber to leave closes it and waits until nothing of it runs.</summary>
    private async Task UnsubscribeAsync(StreamRun run, Subscriber subscriber)
    {
        subscriber.Leave();
        if (!run.Subscribers.Remove(subscriber))
        {
            return;
        }

        await run.Lifecycle.StopAsync().ConfigureAwait(false);
        lock (_gate)
        {
            if (_run == run)
            {
                _run = null;
            }
        }
    }
}
