using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md is held, byte for byte, by a test that compiles and runs it.
/// </summary>
/// <remarks>
/// <para>
/// To register a block, put its code in a test under <c>tests/</c> between <c>#region README: name</c> and
/// <c>#endregion</c> (indentation is removed up to the <c>#region</c> line's). A block written as several pieces (a
/// registration and a class) may be held by several regions of the same name in one file: they are joined with a
/// blank line. The block's leading <c>using</c> lines are not part of the region: each must be a <c>using</c> of the
/// holding file or a namespace that encloses it.
/// </para>
/// <para>A block no region holds fails this test, and so does a region whose block is gone.</para>
/// </remarks>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void EveryCSharpBlockOfTheReadme_IsHeldByATest()
    {
        var root = RepositoryRoot();
        var blocks = Regex.Matches(Normalize(File.ReadAllText(Path.Combine(root, "README.md"))), @"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => Block.Parse(m.Groups[1].Value))
            .ToList();
        var holders = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Holder.Read(root, f))
            .ToList();

        var problems = new List<string>();
        foreach (var block in blocks)
        {
            var holder = holders.FirstOrDefault(h => h.Code == block.Code);
            if (holder is null)
            {
                problems.Add($"No test holds the README block that starts '{block.Code.Split('\n')[0]}': put it verbatim between '#region README: <name>' and '#endregion' in a test that runs it.");
                continue;
            }

            problems.AddRange(block.Usings.Where(u => !holder.InScope(u)).Select(u => $"{holder.File} holds the block '{holder.Name}' but has no 'using {u};'."));
        }

        problems.AddRange(holders.Where(h => !blocks.Any(b => b.Code == h.Code)).Select(h => $"{h.File}: the region '{h.Name}' matches no README block (changed or gone?)."));

        blocks.Should().HaveCountGreaterThanOrEqualTo(5);
        problems.Should().BeEmpty();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("README.md was not found above the test output.");
    }

    private sealed record Block(IReadOnlyList<string> Usings, string Code)
    {
        public static Block Parse(string text)
        {
            var lines = text.TrimEnd('\n').Split('\n').ToList();
            var usings = new List<string>();
            while (lines.Count > 0 && Regex.Match(lines[0], @"^using ([\w.]+);$") is { Success: true } m)
            {
                usings.Add(m.Groups[1].Value);
                lines.RemoveAt(0);
            }

            while (lines.Count > 0 && lines[0].Length == 0)
            {
                lines.RemoveAt(0);
            }

            return new Block(usings, string.Join("\n", lines));
        }
    }

    private sealed record Holder(string File, string Name, string Code, IReadOnlyList<string> Usings, string Namespace)
    {
        public bool InScope(string ns) =>
            Usings.Contains(ns) || Namespace == ns || Namespace.StartsWith(ns + ".", StringComparison.Ordinal);

        public static IEnumerable<Holder> Read(string root, string path)
        {
            var text = Normalize(System.IO.File.ReadAllText(path));
            var usings = Regex.Matches(text, @"^using ([\w.]+);$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            var ns = Regex.Match(text, @"^namespace ([\w.]+)", RegexOptions.Multiline).Groups[1].Value;
            var file = Path.GetRelativePath(root, path);
            return Regex.Matches(text, @"^([ \t]*)#region README: ([^\n]+)\n(.*?)^[ \t]*#endregion", RegexOptions.Multiline | RegexOptions.Singleline)
                .Select(m => (Name: m.Groups[2].Value.Trim(), Code: Dedent(m.Groups[3].Value, m.Groups[1].Value.Length)))
                .GroupBy(r => r.Name)
                .Select(g => new Holder(file, g.Key, string.Join("\n\n", g.Select(r => r.Code)), usings, ns))
                .ToList();
        }

        private static string Dedent(string code, int indent) =>
            string.Join("\n", code.TrimEnd('\n').Split('\n').Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));
    }
}
