using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// One run of a client's stream, from its first subscriber until its connection is closed: the subscribers, the
/// ingest that feeds them, and the lifecycle that reads the connection into the ingest. Built here, wired downward
/// only: lifecycle → ingest → subscribers, each reporting to the client's <see cref="ClientState"/>.
/// </summary>
internal sealed class StreamRun
{
    private StreamRun(SubscriberSet subscribers, ConnectionLifecycle lifecycle)
    {
        Subscribers = subscribers;
        Lifecycle = lifecycle;
    }

    /// <summary>Gets the subscribers every received message is handed to.</summary>
    public SubscriberSet Subscribers { get; }

    /// <summary>Gets the connection's lifecycle.</summary>
    public ConnectionLifecycle Lifecycle { get; }

    /// <summary>Builds a run; nothing connects until <see cref="ConnectionLifecycle.Start"/>.</summary>
    /// <param name="settings">The client's settings.</param>
    /// <param name="state">The client's state, which the run reports to.</param>
    /// <param name="logger">The client's logger.</param>
    /// <param name="inlineBudget">See <see cref="EventBuffer"/>; <see langword="null"/> for the default.</param>
    /// <returns>The run.</returns>
    public static StreamRun Create(ClientSettings settings, ClientState state, ILogger logger, TimeSpan? inlineBudget)
    {
        var subscribers = new SubscriberSet(state.ResumePoint, state.Counters, logger, inlineBudget);
        var ingest = new MessageIngest(settings, state, subscribers, logger);
        return new StreamRun(subscribers, new ConnectionLifecycle(settings, state, ingest, logger));
    }
}
