using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// Typed reads of configuration values with messages that name the key. Explicit rather than the reflection binder,
/// so the library stays trim- and AOT-safe.
/// </summary>
internal static class ConfigurationReader
{
    public static void String(IConfiguration section, string key, Action<string> set)
    {
        if (section[key] is { } value)
        {
            set(value);
        }
    }

    public static void Parse<T>(IConfiguration section, string key, Func<string, T?> parse, string kind, Action<T> set)
        where T : struct
    {
        if (section[key] is not { } text)
        {
            return;
        }

        set(parse(text) ?? throw Invalid(section, key, text, kind));
    }

    public static void TimeSpanValue(IConfiguration section, string key, Action<TimeSpan> set) =>
        Parse(section, key, t => TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var v) ? v : (TimeSpan?)null, "time span such as 00:00:15", set);

    public static void Int(IConfiguration section, string key, Action<int> set) =>
        Parse(section, key, t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "whole number", set);

    public static void Long(IConfiguration section, string key, Action<long> set) =>
        Parse(section, key, t => long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (long?)null, "whole number", set);

    public static void Bool(IConfiguration section, string key, Action<bool> set) =>
        Parse(section, key, t => bool.TryParse(t, out var v) ? v : (bool?)null, "true or false", set);

    /// <summary>Reads a list given as children (<c>Sources:0</c>, <c>Sources:1</c>) or as one comma-separated value.</summary>
    public static IEnumerable<string> List(IConfiguration section, string key)
    {
        var child = section.GetSection(key);
        if (child.Value is { } joined)
        {
            return joined.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0);
        }

        return child.GetChildren().Select(c => c.Value).OfType<string>();
    }

    public static ConfigurationValueException Invalid(IConfiguration section, string key, string value, string kind) =>
        new($"The configuration value '{Path(section, key)}' ('{value}') is not a valid {kind}.");

    public static string Path(IConfiguration section, string key) =>
        section is IConfigurationSection s && s.Path.Length > 0 ? s.Path + ":" + key : key;
}
