using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// Names the configuration section options were read from when it does not exist, with the sibling it was likely
/// meant to be: a misspelt <c>GetSection("LiveDta")</c> otherwise only shows as "Endpoint is required".
/// </summary>
internal static class ConfigurationSectionHint
{
    /// <summary>
    /// Returns, for a section that does not exist, a message naming it and a near sibling in <paramref name="root"/>
    /// (the app's configuration, when the container has one); <see langword="null"/> when the section exists or was
    /// not a section.
    /// </summary>
    public static string? ForMissing(IConfiguration? section, IConfiguration? root, string reader)
    {
        if (section is not IConfigurationSection { } missing || missing.Exists())
        {
            return null;
        }

        var parentPath = ConfigurationPath.GetParentPath(missing.Path);
        var siblings = (parentPath is null ? root?.GetChildren() : root?.GetSection(parentPath).GetChildren())?.Select(c => c.Key) ?? [];
        var near = NearestName.Find(missing.Key, siblings.Where(k => !string.Equals(k, missing.Key, StringComparison.OrdinalIgnoreCase)));
        var suggestion = near is null ? string.Empty : $" Did you mean '{ConfigurationPath.Combine(parentPath is null ? [near] : [parentPath, near])}'?";
        return $"{reader} read the configuration section '{missing.Path}', which does not exist or is empty.{suggestion}";
    }

    /// <summary>
    /// A failed validation with <paramref name="failure"/>, led by <see cref="ForMissing"/>'s message when the section
    /// the options were read from does not exist (the likelier cause of the failure).
    /// </summary>
    public static ValidateOptionsResult Fail(IConfiguration? section, IConfiguration? root, string reader, string failure) =>
        ForMissing(section, root, reader) is { } missing
            ? ValidateOptionsResult.Fail([missing, failure])
            : ValidateOptionsResult.Fail(failure);
}
