using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// Deep equality of events and models as a user sees them: every public property, computed ones included, compared
/// by value; JSON values with <see cref="JsonElement.DeepEquals"/>; lists element by element; dictionaries by key.
/// </summary>
/// <remarks>
/// Record equality is not enough: collections and <see cref="JsonElement"/>s compare by reference. Reading every
/// public property also proves that no getter of an accepted event throws.
/// </remarks>
internal static class ModelComparer
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    /// <summary>Returns the path and values of the first difference, or <see langword="null"/> when deeply equal.</summary>
    /// <param name="expected">The first value.</param>
    /// <param name="actual">The second value.</param>
    /// <param name="path">Where the values are.</param>
    /// <param name="anyListType">Whether two lists of different types (an array and a <see cref="List{T}"/>) compare by their elements.</param>
    public static string? FirstDifference(object? expected, object? actual, string path = "$", bool anyListType = false)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (expected.GetType() != actual.GetType() && !(anyListType && expected is IList && actual is IList))
        {
            return $"{path}: {expected.GetType().Name} vs {actual.GetType().Name}";
        }

        switch (expected)
        {
            case JsonElement left:
                return JsonEquals(left, (JsonElement)actual) ? null : $"{path}: {left.GetRawText()} vs {((JsonElement)actual).GetRawText()}";
            case ReadOnlyMemory<byte> bytes:
                return bytes.Span.SequenceEqual(((ReadOnlyMemory<byte>)actual).Span) ? null : $"{path}: raw bytes differ";
            case string or ValueType when !IsKeyValuePair(expected.GetType()):
                return expected.Equals(actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
            case IDictionary left:
                var right = (IDictionary)actual;
                if (left.Count != right.Count)
                {
                    return $"{path}: {left.Count} entries vs {right.Count}";
                }

                foreach (DictionaryEntry entry in left)
                {
                    if (!right.Contains(entry.Key))
                    {
                        return $"{path}[{entry.Key}]: missing";
                    }

                    if (FirstDifference(entry.Value, right[entry.Key], $"{path}[{entry.Key}]", anyListType) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case IEnumerable left:
                var l = left.Cast<object?>().ToList();
                var r = ((IEnumerable)actual).Cast<object?>().ToList();
                if (l.Count != r.Count)
                {
                    return $"{path}: {l.Count} elements vs {r.Count}";
                }

                for (var i = 0; i < l.Count; i++)
                {
                    if (FirstDifference(l[i], r[i], $"{path}[{i}]", anyListType) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
        }

        foreach (var property in PropertiesByType.GetOrAdd(expected.GetType(), Readable))
        {
            if (FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", anyListType) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static bool JsonEquals(JsonElement left, JsonElement right)
    {
        try
        {
            return JsonElement.DeepEquals(left, right);
        }
        catch (ArgumentOutOfRangeException)
        {
            // DeepEquals cannot compare numbers with exponents beyond int (1e99999999999); the text then decides.
            return left.GetRawText() == right.GetRawText();
        }
    }

    private static bool IsKeyValuePair(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
