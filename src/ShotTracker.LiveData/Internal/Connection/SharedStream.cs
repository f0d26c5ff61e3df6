using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// The streams of one client over one feed: every enumeration is a subscriber of one shared run, which starts with
/// the first subscriber and stops when the last one leaves; a stream started after a run ended starts a new one that
/// resumes after <see cref="ClientState.ResumePoint"/>. <see cref="LiveDataClient"/> serves its
/// <c>StreamAsync</c> overloads and its disposal from here, over the WebSocket's <see cref="ConnectionLifecycle"/>; a
/// client of another feed (a Redis stream) does the same over its own <see cref="IMessageFeed"/>.
/// </summary>
internal sealed class SharedStream
{
    private readonly ClientState _state;
    private readonly DeliverySettings _delivery;
    private readonly ILogger _logger;
    private readonly Func<MessageIngest, IMessageFeed> _createFeed;
    private readonly object _gate = new();
    private FeedRun? _run;
    private bool _disposed;

    /// <summary>Initializes the streams of a client.</summary>
    /// <param name="state">The client's state.</param>
    /// <param name="delivery">How messages are delivered.</param>
    /// <param name="logger">The client's logger.</param>
    /// <param name="createFeed">Builds a run's feed, reading into the given ingest.</param>
    public SharedStream(ClientState state, DeliverySettings delivery, ILogger logger, Func<MessageIngest, IMessageFeed> createFeed)
    {
        _state = state;
        _delivery = delivery;
        _logger = logger;
        _createFeed = createFeed;
        ClientSubscriber = SubscriberSettings.ForClient(delivery);
    }

    /// <summary>Gets the settings of a stream that takes the client's own (no subscription).</summary>
    public SubscriberSettings ClientSubscriber { get; }

    /// <summary>Gets the delivery settings subscriptions are checked against.</summary>
    public DeliverySettings Delivery => _delivery;

    /// <summary>Gets or sets the hand-off's inline budget (see <see cref="EventBuffer"/>); tests raise it.</summary>
    public TimeSpan? InlineBudget { get; set; }

    /// <summary>Gets whether the calling thread runs a loop body inside the reader's hand-off (tests check it).</summary>
    public bool IsConsumerOnReaderThread => Volatile.Read(ref _run)?.Subscribers.IsDeliveringOnCurrentThread == true;

    /// <summary>Takes a snapshot of the client's statistics with the running streams.</summary>
    /// <returns>The statistics.</returns>
    public LiveDataClientStatistics Snapshot()
    {
        var subscribers = Volatile.Read(ref _run)?.Subscribers;
        return _state.Snapshot(subscribers?.PendingEvents ?? 0, subscribers?.Count ?? 0);
    }

    /// <summary>Throws when the client was disposed.</summary>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed))
        {
            throw new ObjectDisposedException(_state.ClientName);
        }
    }

    /// <summary>Joins the running feed (or starts one) as a subscriber with <paramref name="settings"/> and yields its events.</summary>
    /// <param name="settings">The subscriber's settings.</param>
    /// <param name="cancellationToken">Stops this stream; when it was the last, the feed stops too.</param>
    /// <returns>The events.</returns>
    public async IAsyncEnumerable<LiveDataEvent> StreamAsync(SubscriberSettings settings, [EnumeratorCancellation] CancellationToken cancellationToken)
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

    /// <summary>Stops a running feed (gracefully, bounded by its close timeout) and waits until nothing of it runs.</summary>
    /// <returns>A task that completes when the client has stopped.</returns>
    /// <remarks>
    /// Idempotent. Called from user code the stop waits for (a handler, or a loop body run on the reader's thread),
    /// it stops the feed and returns at once: the feed finishes stopping after that code returns.
    /// </remarks>
    public async ValueTask DisposeAsync()
    {
        FeedRun? run;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            run = _run;
        }

        if (run is null)
        {
            return;
        }

        if (ClientState.IsCalledFromUserCallback)
        {
            // From inside a handler: the run ends only after its handlers ran, so waiting for it here would wait for
            // this very handler. Likewise from a loop's body while it runs on the reader's thread (the reader is
            // further down this very stack): a caller blocking on the returned task would never let it finish.
            run.RequestStop(disposing: true);
            return;
        }

        await run.StopAsync(disposing: true).ConfigureAwait(false);
    }

    /// <summary>Joins the running feed, or starts one; waits first for a run that is stopping to be gone.</summary>
    private async ValueTask<(FeedRun Run, Subscriber Subscriber)> SubscribeAsync(SubscriberSettings settings)
    {
        while (true)
        {
            FeedRun ending;
            lock (_gate)
            {
                ThrowIfDisposed();
                if (_run is null)
                {
                    var run = FeedRun.Create(_delivery, _state, _logger, InlineBudget, _createFeed);
                    var first = run.Subscribers.TryAdd(settings)!;
                    _run = run;
                    run.Start();
                    return (run, first);
                }

                if (_run.Subscribers.TryAdd(settings) is { } subscriber)
                {
                    return (_run, subscriber);
                }

                ending = _run;
            }

            // The run is stopping (its last subscriber left) or ended: a new one starts once it is gone, so two never
            // overlap and the new one resumes after the final LastSequence. Bounded by the feed's close timeout.
            await ending.Completion.ConfigureAwait(false);
            lock (_gate)
            {
                if (_run == ending)
                {
                    _run = null;
                }
            }
        }
    }

    /// <summary>Leaves the run; the last subscriber to leave stops it and waits until nothing of it runs.</summary>
    private async Task UnsubscribeAsync(FeedRun run, Subscriber subscriber)
    {
        subscriber.Leave();
        if (!run.Subscribers.Remove(subscriber))
        {
            return;
        }

        await run.StopAsync().ConfigureAwait(false);
        lock (_gate)
        {
            if (_run == run)
            {
                _run = null;
            }
        }
    }
}
