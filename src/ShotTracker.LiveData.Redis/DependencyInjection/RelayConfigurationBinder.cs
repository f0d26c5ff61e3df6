using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ShotTracker.LiveData.Redis.DependencyInjection;

/// <summary>
/// Binds <see cref="LiveDataRedisRelayOptions"/> from a configuration section by hand (no reflection, so trimming and
/// AOT keep working): <c>Configuration</c>, <c>Games</c> (a list), <c>KeyPrefix</c>, <c>LatestStreamMaxLength</c>,
/// <c>DuplicateWindow</c>, <c>RetryDelay</c>, <c>MaxRetryDelay</c>.
/// </summary>
internal static class RelayConfigurationBinder
{
    public static void Bind(IConfiguration section, LiveDataRedisRelayOptions options)
    {
        if (section[nameof(LiveDataRedisRelayOptions.Configuration)] is { } configuration)
        {
            options.Configuration = configuration;
        }

        foreach (var game in section.GetSection(nameof(LiveDataRedisRelayOptions.Games)).GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(game.Value))
            {
                options.Games.Add(game.Value);
            }
        }

        if (section[nameof(LiveDataRedisRelayOptions.KeyPrefix)] is { } prefix)
        {
            options.KeyPrefix = prefix;
        }

        Read(section, nameof(LiveDataRedisRelayOptions.LatestStreamMaxLength), "an integer", s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture), v => options.LatestStreamMaxLength = v);
        Read(section, nameof(LiveDataRedisRelayOptions.DuplicateWindow), "a time span (hh:mm:ss)", ParseTime, v => options.DuplicateWindow = v);
        Read(section, nameof(LiveDataRedisRelayOptions.RetryDelay), "a time span (hh:mm:ss)", ParseTime, v => options.RetryDelay = v);
        Read(section, nameof(LiveDataRedisRelayOptions.MaxRetryDelay), "a time span (hh:mm:ss)", ParseTime, v => options.MaxRetryDelay = v);
    }

    private static TimeSpan ParseTime(string value) => TimeSpan.Parse(value, CultureInfo.InvariantCulture);

    private static void Read<T>(IConfiguration section, string key, string kind, Func<string, T> parse, Action<T> set)
    {
        if (section[key] is not { } text)
        {
            return;
        }

        try
        {
            set(parse(text));
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            var path = section is IConfigurationSection s ? s.Path + ":" + key : key;
            throw new InvalidOperationException($"The configuration value '{path}' = '{text}' is not {kind}.", ex);
        }
    }
}
