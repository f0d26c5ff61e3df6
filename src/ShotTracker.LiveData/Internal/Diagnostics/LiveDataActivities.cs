using System.Diagnostics;

namespace ShotTracker.LiveData.Internal.Diagnostics;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> (<see cref="LiveDataDiagnostics.ActivitySourceName"/>) and the activities
/// it starts. URIs are tagged redacted (<c>token=***</c>); no activity carries the token.
/// </summary>
internal static class LiveDataActivities
{
    public const string ConnectName = "shottracker.livedata.connect";
    public const string ReconnectName = "shottracker.livedata.reconnect";
    public const string TokenName = "shottracker.livedata.token";

    private static readonly ActivitySource Source = new(
        LiveDataDiagnostics.ActivitySourceName,
        typeof(LiveDataActivities).Assembly.GetName().Version?.ToString());

    /// <summary>Starts one connection attempt (token fetch and WebSocket handshake), or returns <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartConnect(int attempt, long? lastSequence)
    {
        var activity = Source.StartActivity(ConnectName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(LiveDataTelemetryNames.Attempt, attempt);
            if (lastSequence is { } seq)
            {
                activity.SetTag(LiveDataTelemetryNames.LastSequence, seq);
            }
        }

        return activity;
    }

    /// <summary>Adds the redacted connection URI to a connect activity.</summary>
    public static void SetConnectUri(Activity? activity, Uri uri)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("url.full", RedactedUri.Of(uri));
            activity.SetTag("server.address", uri.Host);
            activity.SetTag("server.port", uri.Port);
        }
    }

    /// <summary>
    /// Starts the span from a lost connection to the next open one, as the root of a trace of its own that links to
    /// <paramref name="streamOrigin"/>, the activity that was current when the stream started.
    /// </summary>
    /// <remarks>
    /// A stream runs for hours. A reconnect long after <c>StreamAsync</c> began is no part of the operation that began
    /// it (an HTTP request, a job step): as its child it would stretch that trace over the whole game. The link keeps
    /// the way back, as OpenTelemetry advises for work that outlives its cause.
    /// </remarks>
    public static Activity? StartReconnect(LiveDataDisconnectReason reason, long? lastSequence, ActivityContext streamOrigin)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        // StartActivity parents on Activity.Current when given no parent; clearing it (in the calling async method's
        // context only) makes the reconnect a root. Activity.Current becomes the new activity, or is put back.
        var current = Activity.Current;
        Activity.Current = null;
        var links = streamOrigin == default ? null : new[] { new ActivityLink(streamOrigin) };
        var activity = Source.StartActivity(ReconnectName, ActivityKind.Internal, parentContext: default, tags: null, links: links);
        if (activity is null)
        {
            Activity.Current = current;
            return null;
        }

        if (activity.IsAllDataRequested)
        {
            activity.SetTag(LiveDataTelemetryNames.Reason, LiveDataTelemetryNames.ReasonValue(reason));
            if (lastSequence is { } seq)
            {
                activity.SetTag(LiveDataTelemetryNames.LastSequence, seq);
            }
        }

        return activity;
    }

    /// <summary>
    /// Starts a call to a token provider. A provider called by the client (which already started one) adds its game id
    /// to that activity and gets <see langword="null"/>, so one token fetch is one activity.
    /// </summary>
    public static Activity? StartToken(string? gameId = null)
    {
        if (gameId is not null && Activity.Current is { OperationName: TokenName } current && current.Source == Source)
        {
            current.SetTag(LiveDataTelemetryNames.GameId, gameId);
            return null;
        }

        var activity = Source.StartActivity(TokenName, ActivityKind.Internal);
        if (gameId is not null && activity is { IsAllDataRequested: true })
        {
            activity.SetTag(LiveDataTelemetryNames.GameId, gameId);
        }

        return activity;
    }

    /// <summary>Marks an activity failed with the exception's type and (token-free) message.</summary>
    public static void SetError(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.SetTag("error.type", exception.GetType().FullName);
    }

    /// <summary>Marks an activity failed with a short description.</summary>
    public static void SetError(Activity? activity, string errorType, string description)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, description);
        activity.SetTag("error.type", errorType);
    }
}
