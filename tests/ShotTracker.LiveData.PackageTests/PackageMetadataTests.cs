namespace ShotTracker.LiveData.PackageTests;

/// <summary>
/// Where the packages say their source lives, from a copy of the working tree in a git repository of its own, so the
/// test decides its remote (the clone it runs in may have none, or a real one).
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class PackageMetadataTests : IDisposable
{
    private const string Version = "0.0.0-metadatatest";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10); // a hang guard, not a budget: a pack on a loaded 2-core machine was seen to take over 4 minutes
    private readonly string _work = Directory.CreateTempSubdirectory("shottracker-metadata-").FullName;

    [Fact]
    public async Task PackageUrls_ComeFromGitsOrigin_AsTheWebPageOfTheRepository()
    {
        var repo = await CopyWorkingTreeAsync();
        await GitAsync(repo, "remote", "add", "origin", "git@github.com:acme/shottracker-livedata.git");

        var (repositoryUrl, projectUrl, _) = await PackageUrlsAsync(repo);

        repositoryUrl.Should().Be("https://github.com/acme/shottracker-livedata.git", "SourceLink reads the origin remote");
        projectUrl.Should().Be("https://github.com/acme/shottracker-livedata", "the project page is the repository's web page");
    }

    [Fact]
    public async Task PackageUrls_WithoutAnOriginOrAUrlSet_AreLeftOutAndThePackSaysSo()
    {
        var repo = await CopyWorkingTreeAsync();

        var (repositoryUrl, projectUrl, log) = await PackageUrlsAsync(repo);

        repositoryUrl.Should().BeEmpty("no URL is made up");
        projectUrl.Should().BeEmpty();
        log.Should().Contain("packed without repository and project URLs").And.Contain("-p:RepositoryUrl=");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still held by a build server must not fail the test.
        }
    }

    /// <summary>The files git tracks, as they are in the working tree, committed in a new repository without remotes.</summary>
    private async Task<string> CopyWorkingTreeAsync()
    {
        var root = RepositoryRoot.Find();
        var repo = Path.Combine(_work, "repo");
        var tracked = (await GitAsync(root, "ls-files", "-z")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in tracked.Where(f => File.Exists(Path.Combine(root, f))))
        {
            var target = Path.Combine(repo, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(root, file), target);
        }

        await GitAsync(repo, "init", "--quiet");
        await GitAsync(repo, "add", "--all");
        await GitAsync(repo, "-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "snapshot");
        return repo;
    }

    /// <summary>
    /// The repository and project URLs as the pack hands them to the nuspec: the targets pack runs before it writes
    /// the nuspec, without compiling (a full Release pack of a fresh copy takes minutes on a busy machine; the
    /// consumer test reads a packed nuspec).
    /// </summary>
    private static async Task<(string RepositoryUrl, string ProjectUrl, string Log)> PackageUrlsAsync(string repo)
    {
        var project = Path.Combine(repo, "src", "ShotTracker.LiveData");
        // -getProperty silences the console, so what the targets say goes to a file log.
        var log = Path.Combine(repo, "msbuild.log");
        var output = await DotNetCli.RunAsync(repo, StepTimeout, "msbuild", project, "-restore", "-nologo",
            "-t:_InitializeNuspecRepositoryInformationProperties;SetPackageProjectUrlFromRepository",
            "-getProperty:RepositoryUrl", "-getProperty:PackageProjectUrl", $"-flp:logfile={log};verbosity=normal");
        using var document = System.Text.Json.JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        var properties = document.RootElement.GetProperty("Properties");
        return (properties.GetProperty("RepositoryUrl").GetString()!, properties.GetProperty("PackageProjectUrl").GetString()!, await File.ReadAllTextAsync(log));
    }

    private static Task<string> GitAsync(string directory, params string[] arguments) =>
        DotNetCli.RunProgramAsync("git", directory, StepTimeout, arguments);
}
