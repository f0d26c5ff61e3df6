namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// Reads a source named in configuration by either spelling a user meets: the wire name the service and its
/// documentation use (<c>boxscorestatsv2</c>) or the <see cref="LiveDataSource"/> name the code uses
/// (<c>BoxScoreStats</c>), case-insensitively.
/// </summary>
internal static class ConfiguredSourceName
{
    /// <summary>Gets the valid names for messages: each wire name, with the enum name beside it where they differ.</summary>
    public static string Valid { get; } = string.Join(", ", LiveDataSourceExtensions.All.Select(s =>
        string.Equals(s.ToWireName(), s.ToString(), StringComparison.OrdinalIgnoreCase) ? s.ToWireName() : $"{s.ToWireName()} or {s}"));

    public static bool TryParse(string? name, out LiveDataSource source)
    {
        if (LiveDataSourceExtensions.TryParseWireName(name, out source))
        {
            return true;
        }

        foreach (var candidate in LiveDataSourceExtensions.All)
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                source = candidate;
                return true;
            }
        }

        return false;
    }
}
