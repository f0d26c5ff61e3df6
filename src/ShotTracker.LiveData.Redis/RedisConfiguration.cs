using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis;

/// <summary>Parses a StackExchange.Redis configuration string, and shows one without its secrets.</summary>
internal static class RedisConfiguration
{
    /// <summary>
    /// Parses <paramref name="configuration"/> for a connection that keeps retrying in the background instead of failing
    /// when Redis is down at start.
    /// </summary>
    public static ConfigurationOptions Parse(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return options;
    }

    /// <summary>The endpoints of <paramref name="configuration"/> only: never its password, user or other settings.</summary>
    public static string Redact(string? configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration))
        {
            return "null";
        }

        try
        {
            var endpoints = ConfigurationOptions.Parse(configuration, ignoreUnknown: true).EndPoints;
            return "[" + string.Join(", ", endpoints.Select(Format)) + "] (other settings ***)";
        }
        catch (Exception ex) when (ex is ArgumentException or RedisConnectionException or FormatException)
        {
            return "***";
        }
    }

    private static string Format(System.Net.EndPoint endpoint) => endpoint.ToString() ?? "?";
}
