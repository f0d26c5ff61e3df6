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
            if (isSection && allowOtherSections && NearestName.Find(key, sections) is null)
            {
                continue;
            }

            var valid = values.Concat(sections).Distinct(StringComparer.Ordinal).ToArray();
            var nearest = NearestName.Find(key, valid);
            var suggestion = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
            throw new ConfigurationValueException(
                $"The configuration key '{ConfigurationReader.Path(section, key)}' is not an option of {optionsName}.{suggestion} Valid keys: {string.Join(", ", valid)}.");
        }
    }

    private static bool Contains(string[] keys, string key) => keys.Contains(key, StringComparer.OrdinalIgnoreCase);
}
