using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// One run of a client's stream, from its first subscriber until its feed has ended and nothing of it runs: the
/// subscribers, the ingest that feeds them, and the feed that reads into the ingest, on one background task. Wired
/// downward only: feed → ingest → subscribers, each reporting to the client's <see cref="ClientState"/>.
/// </summary>
internal sealed class FeedRun
{
    private readonly ClientState _state;
    private readonly MessageIngest _ingest;
    private readonly IMessageFeed _feed;
    private readonly CancellationTokenSource _stop = new();
    private bool _disposing;
    private Task? _pump;

    private FeedRun(ClientState state, SubscriberSet subscribers, MessageIngest ingest, IMessageFeed feed)
    {
        _state = state;
        Subscribers = subscribers;
        _ingest = ingest;
        _feed = feed;
    }

    /// <summary>Gets the subscribers every received message is handed to.</summary>
    public SubscriberSet Subscribers { get; }

    /// <summary>Gets a task that completes when the run has ended (the feed is closed, nothing of it runs).</summary>
    public Task Completion => _pump ?? Task.CompletedTask;

    /// <summary>Builds a run; nothing is read until <see cref="Start"/>.</summary>
    /// <param name="delivery">How messages are delivered.</param>
    /// <param name="state">The client's state, which the run reports to.</param>
    /// <param name="logger">The client's logger.</param>
    /// <param name="inlineBudget">See <see cref="EventBuffer"/>; <see langword="null"/> for the default.</param>
    /// <param name="createFeed">Builds the feed that reads into the given ingest.</param>
    /// <returns>The run.</returns>
    public static FeedRun Create(DeliverySettings delivery, ClientState state, ILogger logger, TimeSpan? inlineBudget, Func<MessageIngest, IMessageFeed> createFeed)
    {
        var subscribers = new SubscriberSet(state.ResumePoint, state.Counters, logger, inlineBudget);
        var ingest = new MessageIngest(delivery, state, subscribers, logger);
        return new FeedRun(state, subscribers, ingest, createFeed(ingest));
    }

    /// <summary>Starts the feed on a background task (the caller's activity flows to it).</summary>
    public void Start()
    {
        _state.Counters.BackgroundTaskStarted();
        _pump = Task.Run(RunAsync);
    }

    /// <summary>Stops the run (the feed closes gracefully) and waits until nothing of it runs.</summary>
    /// <param name="disposing">
    /// The client is being disposed: the loops then end with an <see cref="OperationCanceledException"/> after the
    /// events already received, so a stop is never mistaken for the end of the game.
    /// </param>
    /// <returns>A task that completes when the run has ended.</returns>
    public async Task StopAsync(bool disposing = false)
    {
        RequestStop(disposing);
        if (_pump is { } pump)
        {
            await pump.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    /// <summary>Starts stopping without waiting: what a handler may do, since the run waits for handlers at its end.</summary>
    /// <param name="disposing">Whether the client is being disposed (see <see cref="StopAsync"/>).</param>
    public void RequestStop(bool disposing)
    {
        if (disposing)
        {
            Volatile.Write(ref _disposing, true);
        }

        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already stopped.
        }
    }

    private async Task RunAsync()
    {
        Exception? failure = null;
        try
        {
            failure = await _feed.RunAsync(_stop.Token).ConfigureAwait(false);
        }
        finally
        {
            // The loops see the end only after the handlers of the last state change ran, so whoever reads the state
            // after a loop sees it all.
            await _state.WhenHandlersIdleAsync().ConfigureAwait(false);
            if (Volatile.Read(ref _disposing))
            {
                failure ??= new OperationCanceledException($"The {_state.ClientName} was disposed while the stream was running.");
            }

            _ingest.Complete(failure);
            _state.Counters.BackgroundTaskEnded();
        }
    }
}
