using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ShotTracker.LiveData.Samples.Tests.Readme;

/// <summary>
/// Compiles a README block as the whole <c>Program.cs</c> of the project its header names, in process with Roslyn:
/// the implicit usings of that project type, nullable enabled, and references to the .NET runtime plus the
/// assemblies the named packages bring (the library, and Microsoft.Extensions.Hosting for a worker).
/// </summary>
/// <remarks>
/// The references are the assemblies this test process runs on, walked from each package's own assembly through
/// what it references, so a block that uses a type of a package its header does not name fails as it would for
/// the reader. Metadata is read once per file and shared by every compilation.
/// </remarks>
internal static class ReadmeCompiler
{
    private static readonly string[] ConsoleUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] WorkerUsings =
        [.. ConsoleUsings, "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    private static readonly string RuntimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
    private static readonly ConcurrentDictionary<string, MetadataReference> Metadata = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Closures = new(StringComparer.Ordinal);

    /// <summary>Compiles the block as its header says; <paramref name="extraSources"/> are further files of the same project.</summary>
    public static CSharpCompilation Compile(ReadmeBlock block, params string[] extraSources)
    {
        var worker = block.Kind == ReadmeBlockKind.Worker;
        if (block.Kind is not (ReadmeBlockKind.Console or ReadmeBlockKind.Worker))
        {
            throw new InvalidOperationException($"{block} is not a whole Program.cs.");
        }

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var usings = string.Join("\n", (worker ? WorkerUsings : ConsoleUsings).Select(u => $"global using global::{u};"));
        var trees = new[] { CSharpSyntaxTree.ParseText(block.Code, parse, path: "Program.cs"), CSharpSyntaxTree.ParseText(usings, parse, path: "GlobalUsings.g.cs") }
            .Concat(extraSources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"Extra{i}.cs")));
        var packages = block.Packages.Concat(worker ? ["Microsoft.Extensions.Hosting"] : []);
        var references = Directory.EnumerateFiles(RuntimeDirectory, "*.dll").Where(IsManaged)
            .Concat(packages.SelectMany(Closure))
            .Distinct(StringComparer.Ordinal)
            .Select(path => Metadata.GetOrAdd(path, p => MetadataReference.CreateFromFile(p)));

        return CSharpCompilation.Create(
            "ReadmeProgram" + Guid.NewGuid().ToString("N"),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // What the SDK leaves out by default (NoWarn 1701;1702): binding redirects between reference versions.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    /// <summary>The errors and warnings a reader would see building the block.</summary>
    public static IReadOnlyList<string> Problems(CSharpCompilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Select(d => d.ToString())
            .ToList();

    /// <summary>
    /// Compiles the block with <paramref name="extraSources"/> (a <c>Console</c> class in the global namespace
    /// takes the program's output, say), loads it and runs its top-level statements with <paramref name="args"/>.
    /// </summary>
    /// <returns>The loaded program, to read what the extra sources recorded.</returns>
    public static async Task<Assembly> RunAsync(ReadmeBlock block, string[] args, TimeSpan timeout, params string[] extraSources)
    {
        var compilation = Compile(block, extraSources);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.Should().BeTrue(string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;

        // Its own load context; the library and every package come from this process's, as one app would have them.
        var assembly = new AssemblyLoadContext(compilation.AssemblyName).LoadFromStream(image);
        var main = assembly.GetType("Program")!.GetMethod("<Main>$", BindingFlags.NonPublic | BindingFlags.Static)!;
        await Task.Run(async () =>
        {
            try
            {
                if (main.Invoke(null, [args]) is Task task)
                {
                    await task;
                }
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        }).WaitAsync(timeout);
        return assembly;
    }

    private static IReadOnlyList<string> Closure(string assemblyName) => Closures.GetOrAdd(assemblyName, name =>
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<AssemblyName>([new AssemblyName(name)]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Name!))
            {
                continue;
            }

            Assembly assembly;
            try
            {
                assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(next);
            }
            catch (FileNotFoundException)
            {
                continue; // Referenced but not shipped for this runtime (a facade the runtime folds in).
            }

            if (assembly.Location.Length == 0 || Path.GetDirectoryName(assembly.Location) == RuntimeDirectory)
            {
                continue;
            }

            found.Add(assembly.Location);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                pending.Push(reference);
            }
        }

        return found;
    });

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
