using System.Diagnostics;
using ShotTracker.LiveData.Transport;

namespace ShotTracker.LiveData.Diagnostics;

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
            activity.SetTag("shottracker.livedata.attempt", attempt);
            if (lastSequence is { } seq)
            {
                activity.SetTag("shottracker.livedata.last_seq", seq);
            }
        }

        return activity;
    }

    /// <summary>Adds the redacted connection URI to a connect activity.</summary>
    public static void SetConnectUri(Activity? activity, Uri uri)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("url.full", ConnectionUri.Redact(uri));
            activity.SetTag("server.address", uri.Host);
            activity.SetTag("server.port", uri.Port);
        }
    }

    /// <summary>Starts the span from a lost connection to the next open one.</summary>
    public static Activity? StartReconnect(LiveDataDisconnectReason reason, long? lastSequence)
    {
        var activity = Source.StartActivity(ReconnectName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("shottracker.livedata.reason", reason.ToString());
            if (lastSequence is { } seq)
            {
                activity.SetTag("shottracker.livedata.last_seq", seq);
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
            current.SetTag("shottracker.livedata.game_id", gameId);
            return null;
        }

        var activity = Source.StartActivity(TokenName, ActivityKind.Internal);
        if (gameId is not null && activity is { IsAllDataRequested: true })
        {
            activity.SetTag("shottracker.livedata.game_id", gameId);
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
