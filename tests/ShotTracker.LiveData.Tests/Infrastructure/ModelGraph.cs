using System.Collections;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Walks a parsed payload to find every record that kept unmapped JSON properties.</summary>
internal static class ModelGraph
{
    /// <summary>
    /// Returns, for every <see cref="LiveDataModel"/> reachable from <paramref name="root"/> whose
    /// <see cref="LiveDataModel.AdditionalProperties"/> is not null, its C# path and its extra keys.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> AdditionalProperties(LiveDataModel root)
    {
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Visit(root, "$", found);
        return found;
    }

    private static void Visit(LiveDataModel model, string path, Dictionary<string, string[]> found)
    {
        if (model.AdditionalProperties is { } extra)
        {
            found[path] = extra.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        }

        foreach (var property in model.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == nameof(LiveDataModel.AdditionalProperties))
            {
                continue;
            }

            switch (property.GetValue(model))
            {
                case LiveDataModel child:
                    Visit(child, $"{path}.{property.Name}", found);
                    break;
                case IEnumerable items and not string:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is LiveDataModel element)
                        {
                            Visit(element, $"{path}.{property.Name}[{i}]", found);
                        }

                        i++;
                    }

                    break;
            }
        }
    }
}
