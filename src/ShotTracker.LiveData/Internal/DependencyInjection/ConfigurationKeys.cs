using Microsoft.Extensions.Configuration;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// Rejects keys an options type does not have, so a misspelt <c>PingIntervall</c> fails at start-up with the key it
/// meant instead of being silently ignored.
/// </summary>
/// <remarks>
/// A value the options type does not know is always an error. A subsection it does not know is allowed (apps nest
/// their own settings, such as <c>Tokens</c> or <c>TokenResilience</c>, under the same section) unless its name is a
/// near miss of one of the option's own subsections, such as <c>Reconect</c>.
/// </remarks>
internal static class ConfigurationKeys
{
    /// <summary>Throws a <see cref="ConfigurationValueException"/> for the first unknown key of <paramref name="section"/>.</summary>
    /// <param name="section">The section bound to the options.</param>
    /// <param name="optionsName">The options type's name, for the message.</param>
    /// <param name="values">The keys that hold values.</param>
    /// <param name="sections">The keys that hold subsections (a key may be in both).</param>
    /// <param name="allowOtherSections">Whether subsections that are not a near miss are the app's own.</param>
    public static void Check(IConfiguration section, string optionsName, string[] values, string[] sections, bool allowOtherSections)
    {
        foreach (var child in section.GetChildren())
        {
            var key = child.Key;
            if (Contains(values, key) || Contains(sections, key))
            {
                continue;
            }

            var isSection = child.Value is null;
            if (isSection && allowOtherSections && Nearest(key, sections) is null)
            {
                continue;
            }

            var valid = values.Concat(sections).Distinct(StringComparer.Ordinal).ToArray();
            var nearest = Nearest(key, valid);
            var suggestion = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
            throw new ConfigurationValueException(
                $"The configuration key '{ConfigurationReader.Path(section, key)}' is not an option of {optionsName}.{suggestion} Valid keys: {string.Join(", ", valid)}.");
        }
    }

    /// <summary>Returns the candidate within a small edit distance of <paramref name="key"/> (case-insensitive), or <see langword="null"/>.</summary>
    internal static string? Nearest(string key, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(key.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A typo is a letter or two; anything further is another word.
        return bestDistance <= Math.Max(1, Math.Min(3, key.Length / 3)) ? best : null;
    }

    private static bool Contains(string[] keys, string key) => keys.Contains(key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
