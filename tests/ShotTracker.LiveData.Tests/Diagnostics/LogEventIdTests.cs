using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Tests.Diagnostics;

public sealed class LogEventIdTests
{
    [Fact]
    public void EventIds_AreUniqueAndExactlyTheObservabilityArticlesTable()
    {
        var inCode = typeof(LiveDataClient).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .Select(a => (a.EventId, a.Level.ToString()))
            .ToList();
        var article = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "articles", "observability.md"));
        // A level column may go on ("Information, Warning from the third"): the first word is the attribute's level.
        var documented = Regex.Matches(article, @"^\| (\d+) \| (Trace|Debug|Information|Warning|Error|Critical)[^|]* \|", RegexOptions.Multiline)
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value))
            .ToList();

        inCode.Select(e => e.EventId).Should().OnlyHaveUniqueItems();
        inCode.Select(e => e.EventId).Should().BeEquivalentTo(documented.Select(e => e.Item1), "every event id is documented, and nothing else is");

        // A method that takes its level as a parameter has none in its attribute; the article gives its levels in words.
        inCode.Where(e => e.Item2 != nameof(LogLevel.None)).Should().BeSubsetOf(documented, "every fixed level is the documented one");
        inCode.Should().HaveCountGreaterThan(15);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("README.md was not found above the test output.");
    }
}
