namespace ShotTracker.LiveData.Tests.Architecture;

/// <summary>
/// One layer: what it is, and its concerns, each a list of source folders. A concern's public folder and its
/// <c>Internal/</c> machinery name each other by nature (the face calls the machinery, the machinery takes the face's
/// options and builds its results), so the cycle check counts a concern as one node; any two concerns may not.
/// </summary>
internal sealed record Layer(int Number, string What, params string[][] Concerns)
{
    public IEnumerable<string> Folders => Concerns.SelectMany(c => c);
}

/// <summary>A type of one folder naming a type of another.</summary>
internal sealed record FolderEdge(Type From, string FromFolder, Type To, string ToFolder)
{
    public string FromName => Name(From);

    public string ToName => Name(To);

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace("ShotTracker.LiveData.", "", StringComparison.Ordinal);
}

/// <summary>Checks the references between folders against a list of layers, lowest first.</summary>
internal static class LayerCheck
{
    /// <summary>
    /// Every reference from one of <paramref name="types"/> to a type of another folder; <paramref name="folderOf"/>
    /// gives a type's folder, or null for a type outside the code checked (the framework, packages).
    /// </summary>
    public static IReadOnlyList<FolderEdge> Edges(IEnumerable<Type> types, Func<Type, string?> folderOf)
    {
        var edges = new List<FolderEdge>();
        foreach (var type in types)
        {
            if (folderOf(type) is not { } from)
            {
                continue;
            }

            foreach (var used in TypeReferences.Of(type).Select(SourceFolders.Outermost).Distinct())
            {
                if (folderOf(used) is { } to && to != from)
                {
                    edges.Add(new FolderEdge(type, from, used, to));
                }
            }
        }

        return edges;
    }

    /// <summary>
    /// One line per offending edge: a folder naming a folder of a higher layer, or two concerns of one layer on a
    /// cycle (of any length: the strongly connected concerns of the layer's graph; a cycle across layers always has
    /// an upward edge, reported as such). <paramref name="allowed"/> edges (from type, to type, by full name) are left
    /// out of both checks.
    /// </summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<FolderEdge> edges, IReadOnlyList<Layer> layers, IReadOnlySet<(string From, string To)> allowed)
    {
        var layerOf = layers.SelectMany(l => l.Folders.Select(f => (f, l.Number))).ToDictionary(p => p.f, p => p.Number, StringComparer.Ordinal);
        var concernOf = layers.SelectMany(l => l.Concerns).SelectMany(c => c.Select(f => (f, Concern: c[0]))).ToDictionary(p => p.f, p => p.Concern, StringComparer.Ordinal);
        string Concern(string folder) => concernOf.GetValueOrDefault(folder, folder);
        int LayerOf(string folder) => layerOf.GetValueOrDefault(folder, -1);

        var checkedEdges = edges.Where(e => !allowed.Contains((e.From.FullName!, e.To.FullName!))).ToList();
        var component = Components(checkedEdges
            .Where(e => LayerOf(e.FromFolder) == LayerOf(e.ToFolder) && Concern(e.FromFolder) != Concern(e.ToFolder))
            .Select(e => (Concern(e.FromFolder), Concern(e.ToFolder)))
            .ToList());
        var lines = new List<string>();
        foreach (var edge in checkedEdges)
        {
            var fromLayer = LayerOf(edge.FromFolder);
            var toLayer = LayerOf(edge.ToFolder);
            var upward = toLayer > fromLayer;
            var from = Concern(edge.FromFolder);
            var to = Concern(edge.ToFolder);
            var cycle = from != to && component.TryGetValue(from, out var a) && component.TryGetValue(to, out var b) && a == b;
            if (upward || cycle)
            {
                var why = upward ? "a higher layer" : "a cycle between folders";
                lines.Add($"{edge.FromName} ({edge.FromFolder}, layer {fromLayer}) uses {edge.ToName} ({edge.ToFolder}, layer {toLayer}): {why}");
            }
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Tarjan's strongly connected components of a graph given by its edges: node → component number.</summary>
    private static Dictionary<string, int> Components(IReadOnlyList<(string From, string To)> edges)
    {
        var next = edges.SelectMany(e => new[] { e.From, e.To }).Distinct()
            .ToDictionary(f => f, f => edges.Where(e => e.From == f).Select(e => e.To).Distinct().ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var component = new Dictionary<string, int>();
        var counter = 0;

        void Visit(string folder)
        {
            index[folder] = low[folder] = counter++;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var to in next[folder])
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[folder] = Math.Min(low[folder], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[folder] = Math.Min(low[folder], index[to]);
                }
            }

            if (low[folder] == index[folder])
            {
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component[member] = index[folder];
                }
                while (member != folder);
            }
        }

        foreach (var folder in next.Keys)
        {
            // Checked here, not filtered up front: a visit reaches folders later in the list.
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return component;
    }
}
