using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.Samples.Tests.Readme;

/// <summary>What a C# block of a README is, as its first comment lines tell the reader.</summary>
internal enum ReadmeBlockKind
{
    /// <summary>The first lines say nothing a test can act on.</summary>
    Unmarked,

    /// <summary>The whole <c>Program.cs</c> of <c>dotnet new console</c>.</summary>
    Console,

    /// <summary>The whole <c>Program.cs</c> of <c>dotnet new worker</c>.</summary>
    Worker,

    /// <summary>Lines taken from a file of the repository, which the first line names.</summary>
    Excerpt,
}

/// <summary>One fenced code block of a Markdown file, with the heading it is under.</summary>
/// <param name="File">The Markdown file, relative to the repository root.</param>
/// <param name="Heading">The nearest heading above the block.</param>
/// <param name="Language">The fence's info string (<c>csharp</c>, <c>bash</c>, <c>json</c>…).</param>
/// <param name="Code">The block's text, without the fences.</param>
internal sealed partial record ReadmeBlock(string File, string Heading, string Language, string Code)
{
    /// <summary>The block's leading <c>//</c> comment lines, where it says what it is and what to install.</summary>
    public IReadOnlyList<string> Header => Code.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();

    public ReadmeBlockKind Kind => Header.Count == 0 ? ReadmeBlockKind.Unmarked
        : ExcerptOf is not null ? ReadmeBlockKind.Excerpt
        : !Header[0].StartsWith("// The whole Program.cs of ", StringComparison.Ordinal) ? ReadmeBlockKind.Unmarked
        : Header[0].Contains("dotnet new worker", StringComparison.Ordinal) ? ReadmeBlockKind.Worker
        : Header[0].Contains("dotnet new console", StringComparison.Ordinal) ? ReadmeBlockKind.Console
        : ReadmeBlockKind.Unmarked;

    /// <summary>The packages the header tells the reader to add (<c>dotnet add package X</c>).</summary>
    public IReadOnlyList<string> Packages => Header.SelectMany(l => AddPackage().Matches(l)).Select(m => m.Groups[1].Value).ToList();

    /// <summary>For an excerpt, the repository file it was taken from.</summary>
    public string? ExcerptOf => Header.Count > 0 && Excerpt().Match(Header[0]) is { Success: true } m ? m.Groups[1].Value : null;

    public override string ToString() => $"{File} '{Heading}' block starting '{Code.Split('\n')[0]}'";

    /// <summary>Reads every fenced block of a Markdown file.</summary>
    public static IReadOnlyList<ReadmeBlock> Read(string root, string relativePath)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(root, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new List<ReadmeBlock>();
        var heading = "";
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#').Trim();
            }
            else if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                var language = lines[i][3..].Trim();
                var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                blocks.Add(new ReadmeBlock(relativePath, heading, language, string.Join("\n", lines[(i + 1)..end])));
                i = end;
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"dotnet add package ([\w.]+)")]
    private static partial Regex AddPackage();

    [GeneratedRegex(@"^// An excerpt of ([\w./-]+)")]
    private static partial Regex Excerpt();
}
