using System.Text.Json.Nodes;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Structural JSON comparison for round-trip tests.</summary>
internal static class JsonAssert
{
    /// <summary>
    /// Asserts that <paramref name="actual"/> holds exactly the properties and values of <paramref name="expected"/>,
    /// ignoring property order, number spelling (3 and 3.0) and properties whose value is null (the serializer
    /// omits nulls when writing, and an absent property reads back as null).
    /// </summary>
    public static void Equivalent(string expected, string actual)
    {
        var left = Normalize(JsonNode.Parse(expected));
        var right = Normalize(JsonNode.Parse(actual));
        if (!JsonNode.DeepEquals(left, right))
        {
            var difference = FirstDifference(left, right, "$") ?? "(unknown)";
            throw new Xunit.Sdk.XunitException($"JSON differs at {difference}");
        }
    }

    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (value is not null)
                    {
                        copy[key] = Normalize(value);
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(Normalize).ToArray());
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                return JsonValue.Create(value.GetValue<decimal>());
            default:
                return node?.DeepClone();
        }
    }

    private static string? FirstDifference(JsonNode? left, JsonNode? right, string path)
    {
        if (left is JsonObject lo && right is JsonObject ro)
        {
            foreach (var key in lo.Select(p => p.Key).Union(ro.Select(p => p.Key)))
            {
                if (!lo.ContainsKey(key))
                {
                    return $"{path}.{key}: unexpected property";
                }

                if (!ro.ContainsKey(key))
                {
                    return $"{path}.{key}: missing";
                }

                if (FirstDifference(lo[key], ro[key], $"{path}.{key}") is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        if (left is JsonArray la && right is JsonArray ra)
        {
            if (la.Count != ra.Count)
            {
                return $"{path}: {la.Count} elements expected, {ra.Count} found";
            }

            for (var i = 0; i < la.Count; i++)
            {
                if (FirstDifference(la[i], ra[i], $"{path}[{i}]") is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        return JsonNode.DeepEquals(left, right) ? null : $"{path}: expected {left?.ToJsonString() ?? "null"}, found {right?.ToJsonString() ?? "null"}";
    }
}
