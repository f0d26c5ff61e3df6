using System.Reflection;
using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.Tests.Architecture;

/// <summary>
/// Which source folder of a project declares each of its types, read from the source tree: the folder is the design
/// (public types share one namespace across many folders), so namespaces cannot say it.
/// </summary>
internal sealed partial class SourceFolders
{
    private readonly Dictionary<string, HashSet<string>> _foldersByTypeName;

    private SourceFolders(Dictionary<string, HashSet<string>> foldersByTypeName) => _foldersByTypeName = foldersByTypeName;

    /// <summary>Every folder that holds a C# file, relative to the project folder, with '/' separators ("" is the root).</summary>
    public IReadOnlyCollection<string> Folders { get; private init; } = [];

    /// <summary>Reads every <c>.cs</c> file below <paramref name="projectFolder"/> (bin and obj aside).</summary>
    public static SourceFolders Read(string projectFolder)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(projectFolder, Path.GetDirectoryName(file)!).Replace('\\', '/');
            relative = relative == "." ? "" : relative;
            if (relative.Split('/').Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            folders.Add(relative);
            foreach (var typeName in DeclaredTypeNames(File.ReadAllText(file)))
            {
                if (!map.TryGetValue(typeName, out var set))
                {
                    map[typeName] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(relative);
            }
        }

        return new SourceFolders(map) { Folders = folders };
    }

    /// <summary>
    /// The folder of <paramref name="type"/>'s outermost declaring type (nested and compiler-generated types, such as
    /// async state machines and lambdas' closures, belong to the type whose code made them); null when no source file
    /// declares it (a type the compiler or a source generator made on its own).
    /// </summary>
    public string? FolderOf(Type type)
    {
        var outermost = Outermost(type);
        if (!_foldersByTypeName.TryGetValue(outermost.FullName!, out var folders))
        {
            return null;
        }

        return folders.Count == 1
            ? folders.First()
            : throw new InvalidOperationException($"{outermost.FullName} is declared in more than one folder: {string.Join(", ", folders)}.");
    }

    /// <summary>The type that declares <paramref name="type"/>, outermost first (itself when it is not nested).</summary>
    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
    }

    /// <summary>
    /// The metadata names (<c>Namespace.Name`Arity</c>) of every type a file declares, nested ones included: a nested
    /// name can only matter if it equals an outermost type's, which <see cref="FolderOf"/> then reports.
    /// </summary>
    internal static IEnumerable<string> DeclaredTypeNames(string source)
    {
        var code = CommentLine().Replace(source, "");
        var ns = FileNamespace().Match(code) is { Success: true } match ? match.Groups["ns"].Value + "." : "";
        foreach (Match declaration in TypeDeclaration().Matches(code))
        {
            var arity = declaration.Groups["params"].Success ? declaration.Groups["params"].Value.Count(c => c == ',') + 1 : 0;
            yield return ns + declaration.Groups["name"].Value + (arity > 0 ? "`" + arity : "");
        }
    }

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"^namespace\s+(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(
        @"^\s*(?:(?:public|internal|private|protected|file|sealed|abstract|static|partial|readonly|ref|unsafe|new)\s+)*" +
        @"(?:(?:class|struct|interface|enum|record(?:\s+struct|\s+class)?)\s+(?<name>\w+)(?:\s*<(?<params>[^>]*)>)?" +
        @"|delegate\s+.+?\s(?<name>\w+)\s*(?:<(?<params>[^>]*)>)?\s*\()",
        RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
