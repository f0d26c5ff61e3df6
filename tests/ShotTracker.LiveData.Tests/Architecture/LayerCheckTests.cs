using System.Text;
using ShotTracker.LiveData.Tests.Architecture.Fixture;

namespace ShotTracker.LiveData.Tests.Architecture;

/// <summary>The scan behind <see cref="LayeringTests"/>, on a small fixture whose references are known.</summary>
public sealed class LayerCheckTests
{
    private static readonly Layer[] Layers = [new(0, "low", ["Low"]), new(1, "high", ["High"], ["Peer"])];

    private static readonly Type[] FixtureTypes = [typeof(LowType), typeof(HighType), typeof(PeerType)];

    [Fact]
    public void TypeReferences_FindTypesNamedOnlyInMethodBodies()
    {
        var found = TypeReferences.Of(typeof(LowType));

        found.Should().Contain(typeof(StringBuilder), "newobj in a body");
        found.Should().Contain(typeof(Uri), "isinst in a body");
        found.Should().Contain(typeof(HighType), "a static call inside a lambda, in the closure the compiler made");
        found.Should().Contain(typeof(PeerType), "ldtoken (typeof) inside an async method's state machine");
    }

    [Fact]
    public void Violations_NameAnUpwardEdgeFromABody_WithBothFoldersAndLayers()
    {
        var edges = LayerCheck.Edges(FixtureTypes, FixtureFolder);

        LayerCheck.Violations(edges, Layers, new HashSet<(string, string)>()).Should().Contain(
            "Tests.Architecture.Fixture.LowType (Low, layer 0) uses Tests.Architecture.Fixture.HighType (High, layer 1): a higher layer");
    }

    [Fact]
    public void Violations_NameBothEdgesOfACycleInOneLayer()
    {
        var edges = LayerCheck.Edges(FixtureTypes, FixtureFolder);

        LayerCheck.Violations(edges, Layers, new HashSet<(string, string)>()).Should().Contain(
        [
            "Tests.Architecture.Fixture.HighType (High, layer 1) uses Tests.Architecture.Fixture.PeerType (Peer, layer 1): a cycle between folders",
            "Tests.Architecture.Fixture.PeerType (Peer, layer 1) uses Tests.Architecture.Fixture.HighType (High, layer 1): a cycle between folders",
        ]);
    }

    [Fact]
    public void Violations_LeaveOutAnAllowedEdge()
    {
        var edges = LayerCheck.Edges(FixtureTypes, FixtureFolder);
        var allowed = new HashSet<(string, string)> { (typeof(LowType).FullName!, typeof(HighType).FullName!) };

        LayerCheck.Violations(edges, Layers, allowed).Should().NotContain(line => line.StartsWith("Tests.Architecture.Fixture.LowType", StringComparison.Ordinal) && line.Contains("uses Tests.Architecture.Fixture.HighType", StringComparison.Ordinal));
    }

    [Fact]
    public void DeclaredTypeNames_ReadTypesAndDelegatesWithTheirArity()
    {
        const string Source = """
            namespace A.B;

            /// <summary>class Comment is not a type.</summary>
            internal sealed partial class Outer<TOne, TTwo>
            {
                private readonly record struct Inner(int Value);
            }

            public delegate T Reader<out T>(ref int position);
            """;

        SourceFolders.DeclaredTypeNames(Source).Should().BeEquivalentTo("A.B.Outer`2", "A.B.Inner", "A.B.Reader`1");
    }

    private static string? FixtureFolder(Type type) => type.Name switch
    {
        nameof(LowType) => "Low",
        nameof(HighType) => "High",
        nameof(PeerType) => "Peer",
        _ => null,
    };
}
