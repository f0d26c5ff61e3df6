using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis;

/// <summary>Parses a StackExchange.Redis configuration string, and shows one without its secrets.</summary>
internal static class RedisConfiguration
{
    /// <summary>The first wait of the multiplexer's own reconnects, in milliseconds (heartbeats come every second).</summary>
    internal const int ReconnectDelayMilliseconds = 1000;

    /// <summary>The longest wait of the multiplexer's own reconnects, in milliseconds.</summary>
    internal const int MaxReconnectDelayMilliseconds = 5000;

    /// <summary>
    /// Parses <paramref name="configuration"/> for a connection that keeps retrying in the background instead of failing
    /// when Redis is down at start, and that notices a Redis restart in a second or two.
    /// </summary>
    /// <remarks>
    /// <para>Set here, because a configuration string cannot express them:</para>
    /// <list type="bullet">
    /// <item><see cref="ConfigurationOptions.BacklogPolicy"/> is <see cref="BacklogPolicy.FailFast"/>. The relay and the
    /// reader retry every command with their own backoff (<c>RetryDelay</c>, <c>MaxRetryDelay</c>), so the
    /// multiplexer's backlog only delayed them: a command issued while Redis was down waited in it for the whole
    /// <c>asyncTimeout</c> (5 s by default) before it failed, and only then did the retry, the log and the state
    /// <c>Reconnecting</c> start.</item>
    /// <item><see cref="ConfigurationOptions.ReconnectRetryPolicy"/> is an <see cref="ExponentialRetry"/> from
    /// <see cref="ReconnectDelayMilliseconds"/> up to <see cref="MaxReconnectDelayMilliseconds"/>, randomized (so many
    /// clients do not reconnect in step). StackExchange.Redis's own default waits half the <c>connectTimeout</c>
    /// (2.5 s) and up to 10 s between reconnects.</item>
    /// </list>
    /// <para>
    /// Everything the string sets (<c>connectTimeout</c>, <c>asyncTimeout</c>, <c>keepAlive</c>, …) is kept, except
    /// <c>abortConnect</c>, always <see langword="false"/>: a Redis that is down at start delays the relay or the
    /// client instead of failing it.
    /// </para>
    /// </remarks>
    public static ConfigurationOptions Parse(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;

        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new ExponentialRetry(ReconnectDelayMilliseconds, MaxReconnectDelayMilliseconds);
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
