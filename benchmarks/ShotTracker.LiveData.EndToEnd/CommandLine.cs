using System.Globalization;

namespace ShotTracker.LiveData.EndToEnd;

/// <summary>A subcommand and its <c>--name value</c> options.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args)
    {
        Command = args.Count > 0 ? args[0] : "help";
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option, got '{args[i]}'.", nameof(args));
            }

            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            _options[args[i][2..]] = hasValue ? args[++i] : "true";
        }
    }

    public string Command { get; }

    public string Get(string name, string fallback) => _options.GetValueOrDefault(name, fallback);

    public int GetInt(string name, int fallback) =>
        _options.TryGetValue(name, out var v) ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public double GetDouble(string name, double fallback) =>
        _options.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public bool Has(string name) => _options.ContainsKey(name);
}
