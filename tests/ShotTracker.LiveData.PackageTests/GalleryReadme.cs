using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ShotTracker.LiveData.PackageTests;

/// <summary>
/// The readme a package shows on its gallery page, where only absolute links work: read from the .nupkg and checked
/// against the repository file it was packed from.
/// </summary>
internal static partial class GalleryReadme
{
    /// <summary>
    /// Asserts that every link and image of the package's readme is absolute, that those into the repository
    /// (<paramref name="repositoryWebUrl"/><c>/blob/main/…</c> or <c>/raw/main/…</c>) name files that exist, and that
    /// apart from its link targets the readme is <paramref name="source"/> unchanged.
    /// </summary>
    /// <param name="package">The .nupkg.</param>
    /// <param name="source">The readme it was packed from, relative to the repository root.</param>
    /// <param name="root">The repository root.</param>
    /// <param name="repositoryWebUrl">The repository's web page, as the pack was given it.</param>
    public static void AssertLinksWorkOnTheGallery(string package, string source, string root, string repositoryWebUrl)
    {
        var readme = Read(package);
        var original = File.ReadAllText(Path.Combine(root, source)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var targets = LinkTarget().Matches(readme).Select(m => m.Groups["target"].Value).ToList();

        targets.Should().HaveCount(LinkTarget().Count(original), $"{package} keeps every link of {source}");
        targets.Where(t => !AbsoluteUri().IsMatch(t)).Should().BeEmpty($"a relative link leads nowhere on the gallery page of {Path.GetFileName(package)}");
        HtmlOrReferenceTarget().Matches(readme).Select(m => m.Value).Should().BeEmpty("HTML and reference-style links are not rewritten, so the readmes use none");

        var repositoryFiles = targets.Select(t => IntoRepository().Match(t))
            .Where(m => m.Success && m.Groups["site"].Value == repositoryWebUrl)
            .Select(m => m.Groups["path"].Value)
            .ToList();
        repositoryFiles.Where(p => !File.Exists(Path.Combine(root, p)) && !Directory.Exists(Path.Combine(root, p)))
            .Should().BeEmpty($"the files {Path.GetFileName(package)}'s readme links to exist in the repository");

        LinkTarget().Replace(readme.Replace("\r\n", "\n", StringComparison.Ordinal), "](…)").TrimEnd()
            .Should().Be(LinkTarget().Replace(original, "](…)").TrimEnd(), "only the link targets are rewritten");
    }

    private static string Read(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        XDocument nuspec;
        using (var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open())
        {
            nuspec = XDocument.Load(stream);
        }

        var ns = nuspec.Root!.Name.Namespace;
        var name = nuspec.Root.Element(ns + "metadata")!.Element(ns + "readme")?.Value;
        name.Should().NotBeNull($"{package} has a readme");
        using var reader = new StreamReader(zip.GetEntry(name!)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The target of an inline Markdown link or image: <c>](target)</c> or <c>](target "title")</c>.</summary>
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex AbsoluteUri();

    /// <summary>An HTML <c>href</c>/<c>src</c>, or a reference-style definition (<c>[name]: target</c>) with a relative target.</summary>
    [GeneratedRegex(@"(?:\b(?:href|src)\s*=\s*[""']|^\s{0,3}\[[^\]]+\]:\s*)(?![a-zA-Z][a-zA-Z0-9+.-]*:)\S+", RegexOptions.Multiline)]
    private static partial Regex HtmlOrReferenceTarget();

    [GeneratedRegex(@"^(?<site>.+?)/(?:blob|raw)/main/(?<path>[^#?]+)")]
    private static partial Regex IntoRepository();
}
