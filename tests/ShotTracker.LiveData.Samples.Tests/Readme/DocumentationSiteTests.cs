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

    [GeneratedRegex(@"^\s*href:\s*(\S+\.md)\s*$", RegexOptions.Multiline)]
    private static partial Regex TocEntry();
}
