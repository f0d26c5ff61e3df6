using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.PackageTests;

/// <summary>
/// The README's local-feed commands (its Contributing section): the <c>dotnet pack</c> lines and the
/// <c>dotnet nuget add source</c> line, as arguments to run with a feed folder of the test's own.
/// </summary>
internal static partial class ReadmeLocalFeed
{
    /// <summary>Each <c>dotnet pack</c> line's arguments, its <c>-o</c> folder replaced by <paramref name="feed"/>.</summary>
    public static IReadOnlyList<string[]> PackCommands(string root, string feed) =>
        CommandLines(root, "dotnet pack ")
            .Select(args => args.Select((a, i) => i > 0 && args[i - 1] == "-o" ? feed : a).ToArray())
            .ToList();

    /// <summary>
    /// The <c>dotnet nuget add source</c> line's arguments, its folder replaced by <paramref name="feed"/> and written to
    /// <paramref name="configFile"/> rather than the machine's own NuGet configuration.
    /// </summary>
    public static string[] AddSourceCommand(string root, string feed, string configFile)
    {
        var args = CommandLines(root, "dotnet nuget add source ").Should().ContainSingle("the README says how to add the feed").Subject;
        return [.. args.Select((a, i) => i == 3 ? feed : a), "--configfile", configFile];
    }

    private static IEnumerable<string[]> CommandLines(string root, string start)
    {
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var contributing = readme[readme.IndexOf("\n## Contributing\n", StringComparison.Ordinal)..];
        return BashBlock().Matches(contributing)
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.StartsWith(start, StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..])
            .ToList();
    }

    [GeneratedRegex(@"^```bash\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
