using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Tokens;

/// <summary>The HTTP token provider's log messages (event ids 20–29). Never the token, headers or the answer's body.</summary>
internal static partial class LiveDataTokenLog
{
    [LoggerMessage(20, LogLevel.Debug, "Requesting a subscription token for game {GameId} from {Endpoint}.")]
    public static partial void Requesting(ILogger logger, string gameId, string endpoint);

    [LoggerMessage(21, LogLevel.Debug, "Received a subscription token for game {GameId} (HTTP {StatusCode}).")]
    public static partial void Received(ILogger logger, string gameId, int statusCode);

    [LoggerMessage(22, LogLevel.Warning, "The token request for game {GameId} failed: {Problem}.")]
    public static partial void Failed(ILogger logger, string gameId, string problem, Exception? exception);

    public static void Retrying(ILogger logger, string gameId, string problem, int retry, TimeSpan delay) =>
        Retrying(logger, gameId, problem, retry, DurationText.Format(delay));

    [LoggerMessage(23, LogLevel.Warning, "The token request for game {GameId} failed ({Problem}); retry {Retry} in {Delay}.")]
    private static partial void Retrying(ILogger logger, string gameId, string problem, int retry, string delay);

    [LoggerMessage(25, LogLevel.Warning, "The token endpoint answered game {GameId} with HTTP {StatusCode}, but the answer holds no token: {Problem}.")]
    public static partial void NoToken(ILogger logger, string gameId, int statusCode, string problem);

    [LoggerMessage(24, LogLevel.Trace, "Reusing the cached subscription token for game {GameId}.")]
    public static partial void Cached(ILogger logger, string gameId);
}
