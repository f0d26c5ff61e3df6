using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.DependencyInjection;

/// <summary>The client factory's log messages (event ids 30–39).</summary>
internal static partial class LiveDataFactoryLog
{
    [LoggerMessage(30, LogLevel.Debug, "Created a Live Data client for game {GameId} with configuration '{Name}'.")]
    public static partial void ClientCreated(ILogger logger, string name, string gameId);
}
