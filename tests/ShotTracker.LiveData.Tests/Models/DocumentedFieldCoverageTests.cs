using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

/// <summary>
/// Ties the fixtures to the API documentation: <c>Fixtures/documented-fields.tsv</c> holds every row of the
/// documentation's payload tables (source, field path, type), and each source's fixture must contain every one
/// of them. The per-source tests then prove each fixture field lands in a typed property (none is left in
/// <c>AdditionalProperties</c>) and survives a write, so together they cover every documented field.
/// </summary>
public sealed class DocumentedFieldCoverageTests
{
    public static TheoryData<string> Sources() => new(LiveDataSourceExtensions.All.Select(s => s.ToWireName()));

    [Fact]
    public void DocumentedFieldList_CoversEveryTableOfTheDocumentation()
    {
        var rows = DocumentedFields();

        rows.Select(r => r.Source).Distinct().Should().BeEquivalentTo(LiveDataSourceExtensions.All.Select(s => s.ToWireName()));
        rows.Should().HaveCount(217, "the documentation's nine payload tables have 217 rows");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Fixture_ContainsEveryDocumentedField(string source)
    {
        var data = JsonNode.Parse(Fixtures.LoadText($"{source}.json"))!["data"]!;
        var missing = DocumentedFields()
            .Where(r => r.Source == source)
            .Where(r => !Exists(data, RootedPath(source, r.Path).Split('.')))
            .Select(r => r.Path)
            .ToList();

        missing.Should().BeEmpty($"the {source} fixture must hold every documented field");
    }

    private static string RootedPath(string source, string path)
    {
        if (source != "broadcastsummary")
        {
            return path;
        }

        // The summary table documents team and player fields once, relative to any period's stats object.
        if (path.StartsWith("*_stats.", StringComparison.Ordinal))
        {
            return "game_stats." + path["*_stats.".Length..];
        }

        return path.StartsWith("home.", StringComparison.Ordinal) ? "game_stats." + path : path;
    }

    private static bool Exists(JsonNode? node, ReadOnlySpan<string> segments)
    {
        if (segments.IsEmpty)
        {
            return true;
        }

        var segment = segments[0];
        var isArray = segment.EndsWith("[]", StringComparison.Ordinal);
        var name = isArray ? segment[..^2] : segment;
        if (node is not JsonObject obj)
        {
            return false;
        }

        var rest = segments[1..].ToArray();
        var pattern = new Regex("^" + Regex.Escape(name).Replace("\\*", "[A-Z0-9_]+", StringComparison.Ordinal) + "$");
        foreach (var (key, value) in obj)
        {
            if (!pattern.IsMatch(key))
            {
                continue;
            }

            if (!isArray && Exists(value, rest))
            {
                return true;
            }

            if (isArray && value is JsonArray array && array.Any(element => Exists(element, rest)))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<(string Source, string Path, string Type)> DocumentedFields() =>
        Fixtures.LoadText("documented-fields.tsv")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[2]))
            .ToList();
}
