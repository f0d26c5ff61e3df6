using System.Reflection;
using System.Runtime.InteropServices;

namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>The SDK's default <c>User-Agent</c>: <c>ShotTracker.LiveData/{version} ({runtime})</c>.</summary>
internal static class LiveDataUserAgent
{
    public static string Default { get; } = Create();

    private static string Create()
    {
        var assembly = typeof(LiveDataUserAgent).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";

        // SourceLink appends "+{commit}"; the version alone identifies the release.
        var plus = version.IndexOf('+');
        if (plus >= 0)
        {
            version = version.Substring(0, plus);
        }

        return $"ShotTracker.LiveData/{version} ({RuntimeInformation.FrameworkDescription.Trim()})";
    }
}
