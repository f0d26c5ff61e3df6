using System.Text.Json.Nodes;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Shared assertions and fixture edits for the payload model tests.</summary>
internal static class PayloadAssert
{
    /// <summary>
    /// Asserts that parsing and writing <paramref name="json"/> keeps every property, and that writing is stable:
    /// write, parse, write gives the same bytes. Returns the first written text.
    /// </summary>
    public static string RoundTrips(string json)
    {
        var written = LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(json));

        JsonAssert.Equivalent(json, written);
        LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(written)).Should().Be(written);
        return written;
    }

    /// <summary>
    /// Returns fixture <paramref name="fixture"/> with the value at <paramref name="path"/> (dot-separated names and
    /// array indexes, for example <c>data.summary.0.POSS</c>) replaced by the raw JSON <paramref name="rawValue"/>,
    /// spelled exactly as given (so <c>3.0</c> stays a decimal).
    /// </summary>
    public static string WithValue(string fixture, string path, string rawValue) =>
        Patch(Fixtures.LoadText(fixture), path, rawValue);

    /// <summary>Returns <paramref name="json"/> with one value replaced, as <see cref="WithValue"/> does for a fixture.</summary>
    public static string Patch(string json, string path, string rawValue)
    {
        var root = JsonNode.Parse(json)!;
        var segments = path.Split('.');
        var parent = root;
        foreach (var segment in segments.Take(segments.Length - 1))
        {
            parent = int.TryParse(segment, out var index) ? parent[index]! : parent[segment]!;
        }

        var value = JsonNode.Parse(rawValue);
        var last = segments[^1];
        if (int.TryParse(last, out var at))
        {
            parent[at] = value;
        }
        else
        {
            parent[last] = value;
        }

        return root.ToJsonString();
    }

    /// <summary>Asserts that reading <paramref name="json"/> fails with a protocol error that points at <paramref name="path"/>.</summary>
    public static void RejectedAt(string json, string path)
    {
        var act = () => LiveDataMessageSerializer.Deserialize(json);

        var ex = act.Should().Throw<LiveDataProtocolException>().Which;
        ex.Path.Should().Be(path);
        ex.Message.Should().Contain(path);
    }
}
