using System.Reflection;
using ShotTracker.LiveData.Tests.Architecture;

namespace ShotTracker.LiveData.Tests;

/// <summary>
/// Every source folder of the library sits in one layer, and a folder names (in signatures, attributes or method
/// bodies) only folders of its own layer or lower ones, with no cycle between concerns in any layer (a public folder
/// and its <c>Internal/</c> machinery are one concern: the face calls the machinery, which takes the face's options
/// and builds its results).
/// </summary>
public sealed class LayeringTests
{
    /// <summary>
    /// The layers, lowest first, each a list of concerns (a public folder with its <c>Internal/</c> machinery counts as
    /// one concern for the cycle check). A new folder must be placed here before the test passes.
    /// </summary>
    /// <remarks>
    /// Status sits with the vocabulary (its values name only sources, and telemetry reports them), not with the
    /// settings; Checkpoints sits above DependencyInjection, because a game worker builds its client through
    /// <see cref="ILiveDataClientFactory"/>, and its registration extension lives with it.
    /// </remarks>
    private static readonly Layer[] Layers =
    [
        new(0, "shared helpers with no knowledge of the domain: pooled buffers, time and text, polyfills, and the JSON " +
               "reading primitives (property tables, tolerant numbers, paths) that models and payload readers build on",
            ["Internal"], ["Internal/Polyfills"], ["Internal/Json"]),
        new(1, "the vocabulary: sources and events, errors, status values, and the wire models with the JSON helpers " +
               "and converters their attributes name (so a user's own JsonSerializer call reads them as the SDK does)",
            ["Events", "Internal/Events"], ["Errors"], ["Status"], ["Models", "Models/BroadcastSummary", "Internal/Models"]),
        new(2, "telemetry: names, meters, activities and log messages every layer above may report through",
            ["Diagnostics", "Internal/Diagnostics"]),
        new(3, "one concern each, below any connection: wire parsing, the socket, settings, tokens, recording",
            ["Internal/Protocol"], ["Internal/Protocol/Readers"], ["Internal/Transport"],
            ["Serialization"], ["Configuration"], ["Tokens", "Internal/Tokens"], ["Recording"]),
        new(4, "the connection: session, resume, subscribers, backpressure",
            ["Internal/Connection"]),
        new(5, "the clients a user holds: live, in-memory and replay",
            ["Client"], ["Replay", "Internal/Replay"]),
        new(6, "what runs on a client's stream: broadcast delay and the live game",
            ["Broadcast", "Internal/Broadcast"], ["Game", "Internal/Game"]),
        new(7, "composition: the container registrations, named-client factory and configuration binding",
            ["DependencyInjection", "Internal/DependencyInjection"]),
        new(8, "hosting on top of the container: checkpoint stores and game workers that build clients by name",
            ["Checkpoints", "Internal/Checkpoints"]),
    ];

    /// <summary>
    /// Edges the rewrite of Internal/Connection and Client (issue 21: ingest and lifecycle split, one shared client
    /// state owner) removes; each is (from type, to type). Delete this list when that rewrite lands. Nothing else
    /// belongs here: any other edge is fixed, not allowed.
    /// </summary>
    private static readonly HashSet<(string From, string To)> PendingEdges =
    [
        // Empty: an edge that must wait for a rewrite is listed here with why, and comes off when the rewrite lands.
    ];

    private static readonly Assembly Library = typeof(LiveDataEvent).Assembly;

    private static readonly Lazy<SourceFolders> Folders = new(() => SourceFolders.Read(Path.Combine(RepositoryRoot(), "src", "ShotTracker.LiveData")));

    [Fact]
    public void EveryFolder_SitsInExactlyOneLayer()
    {
        var placed = Layers.SelectMany(l => l.Folders).ToList();

        placed.Should().OnlyHaveUniqueItems();
        Folders.Value.Folders.Except(placed).Should().BeEmpty("every source folder belongs to a layer");
        placed.Except(Folders.Value.Folders).Should().BeEmpty("a layer names only folders that exist");
    }

    [Fact]
    public void EveryTypeOfTheLibrary_HasASourceFolder()
    {
        var unmapped = LibraryTypes().Where(t => FolderOf(t) is null && t.Namespace?.StartsWith("ShotTracker.", StringComparison.Ordinal) == true);

        unmapped.Select(t => t.FullName).Should().BeEmpty("the test places types by the file that declares them");
    }

    [Fact]
    public void NoFolder_UsesAHigherLayer_OrIsOnACycle()
    {
        var edges = LayerCheck.Edges(LibraryTypes(), FolderOf);

        // One line per edge, all at once, so a change that adds several shows them together.
        string.Join(Environment.NewLine, LayerCheck.Violations(edges, Layers, PendingEdges)).Should().BeEmpty();
    }

    [Fact]
    public void EveryPendingEdge_StillExists()
    {
        var edges = LayerCheck.Edges(LibraryTypes(), FolderOf).Select(e => (e.From.FullName!, e.To.FullName!)).ToHashSet();

        PendingEdges.Except(edges).Should().BeEmpty("an edge the rewrite removed comes off the list");
    }

    [Fact]
    public void TheScan_FindsAKnownDownwardEdgeFromABody()
    {
        // LiveDataClient builds its ConnectionLifecycle in a method body (a lambda); if the scan missed bodies or
        // folders, every other assertion here would pass vacuously.
        var edges = LayerCheck.Edges([typeof(LiveDataClient)], FolderOf);

        edges.Should().Contain(e => e.FromFolder == "Client" && e.ToFolder == "Internal/Connection");
    }

    private static IEnumerable<Type> LibraryTypes() => Library.GetTypes().Where(t => !t.IsNested);

    private static string? FolderOf(Type type) => type.Assembly == Library ? Folders.Value.FolderOf(type) : null;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ShotTracker.LiveData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ShotTracker.LiveData.sln was not found above the test output.");
    }
}
