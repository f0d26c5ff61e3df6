using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>The client factory's log messages (event ids 30–39).</summary>
internal static partial class LiveDataFactoryLog
{
    public static void ClientCreated(ILogger logger, string name, string gameId) =>
        Created(logger, Diagnostics.LogText.Configuration(name), gameId);

    [LoggerMessage(30, LogLevel.Debug, "Created a Live Data client for game {GameId} with {Configuration}.")]
    private static partial void Created(ILogger logger, string configuration, string gameId);
}
