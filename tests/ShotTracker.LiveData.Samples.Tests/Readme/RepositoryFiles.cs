namespace ShotTracker.LiveData.Samples.Tests.Readme;

/// <summary>The repository the tests run in, and its Markdown files a reader follows.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Markdown files with install lines and code a new user pastes.</summary>
    public static IReadOnlyList<string> Markdown { get; } =
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "artifacts" or ".git" or "node_modules" or "_site"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The user documentation: the README and the documentation site's pages under <c>docs/</c>.</summary>
    public static IReadOnlyList<string> Documentation { get; } =
        Markdown.Where(f => f == "README.md" || f.StartsWith("docs" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

    public static string ReadText(string relativePath) =>
        File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ShotTracker.LiveData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ShotTracker.LiveData.sln was not found above the test output.");
    }
}
