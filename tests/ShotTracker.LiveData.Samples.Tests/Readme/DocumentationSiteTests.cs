using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.Samples.Tests.Readme;

/// <summary>
/// The documentation site's shape, which docfx does not check: its build fails on a broken link, but not on an
/// article that nothing lists or a README that grows back into the manual.
/// </summary>
public sealed partial class DocumentationSiteTests
{
    private static readonly string Articles = Path.Combine("docs", "articles");

    [Fact]
    public void EveryArticle_IsInTheTableOfContents()
    {
        var listed = TocEntry().Matches(RepositoryFiles.ReadText(Path.Combine(Articles, "toc.yml")))
            .Select(m => m.Groups[1].Value.Replace('/', Path.DirectorySeparatorChar))
            .ToHashSet(StringComparer.Ordinal);

        var articles = RepositoryFiles.Markdown.Where(f => f.StartsWith(Articles + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Articles, f))
            .ToList();

        articles.Should().NotBeEmpty().And.BeSubsetOf(listed, "an article missing from docs/articles/toc.yml has no way in from the site's navigation");
    }

    [Fact]
    public void Readme_IsALandingPageThatLinksEveryTopLevelArticle()
    {
        var readme = RepositoryFiles.ReadText("README.md");
        var topLevel = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, Articles), "*.md")
            .Select(f => $"docs/articles/{Path.GetFileName(f)}")
            .ToList();

        readme.Split('\n').Length.Should().BeLessThanOrEqualTo(250, "the README is the landing page; the manual is docs/articles");
        topLevel.Where(a => !readme.Contains($"]({a})", StringComparison.Ordinal)).Should().BeEmpty("each capability's paragraph links its article");
    }

    [Fact]
    public void EverySitePage_LinksEachPublicTypeItNamesToItsApiPage()
    {
        // docfx fails on a cross-reference to a uid that does not exist, but not on a type named without one: this
        // keeps "`LiveGame`" in an article a link to the LiveGame page (at least once per page, where it first appears).
        var types = PublicTypes();
        var problems = new List<string>();
        foreach (var page in RepositoryFiles.Documentation.Where(f => f != "README.md"))
        {
            var text = RepositoryFiles.ReadText(page);
            var linked = CrossReference().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(CodeSpan().Matches(Prose(text)).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
                .Where(name => types.TryGetValue(name, out var uid) && !linked.Contains(uid))
                .Select(name => $"{page}: link the first `{name}` as [`{name}`](xref:{types[name]})"));
        }

        types.Should().ContainKeys("LiveDataClient", "LiveGame", "RedisLiveDataClient", "LiveDataEmulator");
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Readme_HasNoCrossReferences()
    {
        // GitHub and the package gallery render the README, and neither knows docfx's xref: links.
        RepositoryFiles.ReadText("README.md").Should().NotContain("xref:");
    }

    /// <summary>
    /// The public types of every package by simple name (those two packages share left out), to their docfx uid: the
    /// type lines of the net10.0 PublicAPI files the site is generated for, less those the Unshipped file removes.
    /// </summary>
    private static Dictionary<string, string> PublicTypes()
    {
        var types = new List<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryFiles.Root, "src")).Select(p => Path.Combine(p, "PublicAPI", "net10.0")).Where(Directory.Exists))
        {
            var declared = Directory.GetFiles(folder, "PublicAPI.*.txt").SelectMany(File.ReadAllLines)
                .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Contains('(', StringComparison.Ordinal) && !l.Contains("->", StringComparison.Ordinal) && !l.Contains(" = ", StringComparison.Ordinal))
                .ToList();
            var removed = declared.Where(l => l.StartsWith("*REMOVED*", StringComparison.Ordinal)).Select(l => l["*REMOVED*".Length..]).ToHashSet(StringComparer.Ordinal);
            types.AddRange(declared.Where(l => !l.StartsWith("*REMOVED*", StringComparison.Ordinal) && !removed.Contains(l)));
        }

        return types.Select(t => GenericType().Match(t) is { Success: true } g
                ? (Name: $"{g.Groups[1].Value.Split('.')[^1]}<{g.Groups[2].Value}>", Uid: $"{g.Groups[1].Value}`{g.Groups[2].Value.Split(',').Length}")
                : (Name: t.Split('.')[^1], Uid: t))
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Uid).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Uid, StringComparer.Ordinal);
    }

    /// <summary>The page without its code blocks and headings: where a type named in backticks reads as prose.</summary>
    private static string Prose(string markdown)
    {
        var inFence = false;
        return string.Join('\n', markdown.Split('\n').Where(line =>
        {
            inFence ^= line.StartsWith("```", StringComparison.Ordinal);
            return !inFence && !line.StartsWith("```", StringComparison.Ordinal) && !line.StartsWith('#');
        }));
    }

    [GeneratedRegex(@"`([A-Za-z][\w<>, ]*)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?:\(xref:|<xref:)([^)>\s]+)")]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"^([\w.]+)<([\w, ]+)>$")]
    private static partial Regex GenericType();

    [GeneratedRegex(@"^\s*href:\s*(\S+\.md)\s*$", RegexOptions.Multiline)]
    private static partial Regex TocEntry();
}
