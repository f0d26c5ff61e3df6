using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.Samples.Tests.Readme;

/// <summary>
/// Every code block of the repository's Markdown, as a new user pastes it: each C# block compiles as the whole
/// <c>Program.cs</c> its first line names, or is an excerpt of a file that has those lines.
/// </summary>
/// <remarks>
/// A C# block starts with one of:
/// <list type="bullet">
/// <item><c>// The whole Program.cs of a console app: dotnet new console, then</c> — compiled as that project's
/// <c>Program.cs</c> (its implicit usings, nullable on, warnings reported);</item>
/// <item><c>// The whole Program.cs of a worker: dotnet new worker …</c> — the same for a worker
/// (Microsoft.Extensions.Hosting and its usings);</item>
/// <item><c>// An excerpt of path/in/the/repository.cs</c> — every code line of the block must be a line of that file.</item>
/// </list>
/// The <c>dotnet add package X</c> lines of the header are the packages the block is compiled against.
/// </remarks>
public sealed class ReadmeSnippetTests
{
    public static TheoryData<string> MarkdownFiles => [.. RepositoryFiles.Markdown];

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void EveryCSharpBlock_CompilesAsTheProgramItsFirstLineNames(string markdown)
    {
        var problems = new List<string>();
        foreach (var block in ReadmeBlock.Read(RepositoryFiles.Root, markdown).Where(b => b.Language == "csharp"))
        {
            switch (block.Kind)
            {
                case ReadmeBlockKind.Console or ReadmeBlockKind.Worker:
                    problems.AddRange(ReadmeCompiler.Problems(ReadmeCompiler.Compile(block)).Select(p => $"{block}: {p}"));
                    break;
                case ReadmeBlockKind.Excerpt:
                    problems.AddRange(MissingFromSource(block));
                    break;
                default:
                    problems.Add($"{block}: say where it goes in its first line ('// The whole Program.cs of a console app: dotnet new console, then', '… of a worker: dotnet new worker', or '// An excerpt of <file>').");
                    break;
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void EveryCodeBlock_NamesItsLanguage(string markdown)
    {
        // A fence without a language would be neither compiled here nor visibly marked as something else.
        ReadmeBlock.Read(RepositoryFiles.Root, markdown).Where(b => b.Language.Length == 0).Select(b => b.ToString())
            .Should().BeEmpty();
    }

    [Fact]
    public void DocumentationCSharpBlocks_AreCompiledHere()
    {
        // Guards the reader above: a change of fence or header that hid the blocks, or a docs folder the file list
        // missed, would make the theory pass on nothing.
        var blocks = RepositoryFiles.Documentation.SelectMany(f => ReadmeBlock.Read(RepositoryFiles.Root, f)).Where(b => b.Language == "csharp").ToList();

        RepositoryFiles.Documentation.Should().Contain(["README.md", Path.Combine("docs", "articles", "getting-started.md")]);
        blocks.Should().HaveCountGreaterThanOrEqualTo(14);
        blocks.Count(b => b.Kind is ReadmeBlockKind.Console or ReadmeBlockKind.Worker).Should().BeGreaterThanOrEqualTo(12);
        blocks.Where(b => b.File == "README.md").Should().ContainSingle(b => b.Heading == "Quick start");

        // Issue 22's promise: the README shows scaling out with Redis in code this test compiles.
        var redis = blocks.Where(b => b.File == "README.md" && b.Heading == "Scaling out with Redis").ToList();
        redis.Should().Contain(b => b.Kind == ReadmeBlockKind.Worker && b.Code.Contains(".AddLiveDataRedisRelay(", StringComparison.Ordinal))
            .And.Contain(b => b.Kind == ReadmeBlockKind.Console && b.Code.Contains("new RedisLiveDataClient(", StringComparison.Ordinal))
            .And.AllSatisfy(b => b.Packages.Should().Contain("ShotTracker.LiveData.Redis"));
    }

    [Fact]
    public void QuickStart_IsTheSameInTheReadmeAndGettingStarted()
    {
        // The site cannot include the README (its links are written for GitHub), so Getting started repeats the
        // quick start; this keeps the two copies one program.
        var readme = ReadmeBlock.Read(RepositoryFiles.Root, "README.md").Single(b => b.Language == "csharp" && b.Heading == "Quick start");
        var gettingStarted = ReadmeBlock.Read(RepositoryFiles.Root, Path.Combine("docs", "articles", "getting-started.md"))
            .Single(b => b.Language == "csharp" && b.Heading == "The quick start");

        gettingStarted.Code.Should().Be(readme.Code);
    }

    [Fact]
    public void InstallLines_WhileTheVersionIsAPrerelease_AskForThePrerelease()
    {
        var suffix = Regex.Match(RepositoryFiles.ReadText("Directory.Build.props"), @"<VersionSuffix[^>]*>([^<]*)</VersionSuffix>").Groups[1].Value;
        var installs = RepositoryFiles.Markdown
            .SelectMany(file => RepositoryFiles.ReadText(file).Split('\n').Select((line, i) => (Where: $"{file}:{i + 1}", Line: line)))
            .Where(l => Regex.IsMatch(l.Line, @"dotnet add package ShotTracker\.LiveData[\w.]*"))
            .ToList();

        installs.Should().NotBeEmpty("the README says how to install the package");
        if (suffix.Length > 0)
        {
            // "There are no stable versions available": dotnet add package takes only stable versions unless told.
            installs.Where(l => !l.Line.Contains("--prerelease", StringComparison.Ordinal) && !l.Line.Contains("--version", StringComparison.Ordinal))
                .Select(l => $"{l.Where}: {l.Line.Trim()}")
                .Should().BeEmpty($"the version is a prerelease (-{suffix})");
        }
    }

    private static IEnumerable<string> MissingFromSource(ReadmeBlock block)
    {
        var path = Path.Combine(RepositoryFiles.Root, block.ExcerptOf!);
        if (!File.Exists(path))
        {
            return [$"{block}: {block.ExcerptOf} does not exist."];
        }

        var lines = RepositoryFiles.ReadText(block.ExcerptOf!).Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        return block.Code.Split('\n').Skip(block.Header.Count).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !lines.Contains(l))
            .Select(l => $"{block}: '{l}' is not a line of {block.ExcerptOf}.");
    }
}
