using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

public sealed partial record TeamStatLine
{
    // Longest first: should one suffix ever end with another (a future _VALUE_ARROW beside _ARROW, say), the
    // longer, more specific one must win, whatever the order the properties arrive in.
    private static readonly (string Suffix, Func<PossessionTypeStats, JsonElement, PossessionTypeStats> Apply)[] Suffixes =
    [
        ("_FG_VALUE_ARROW", (s, v) => s with { FgValueArrow = JsonValues.ReadDouble(v) }),
        ("_FG_FRACTION", (s, v) => s with { FgFraction = JsonValues.ReadText(v) }),
        ("_FG_VALUE", (s, v) => s with { FgValue = JsonValues.ReadDouble(v) }),
        ("_POSS", (s, v) => s with { Possessions = JsonValues.ReadInt32(v) }),
        ("_2PTM", (s, v) => s with { TwoPointMade = JsonValues.ReadInt32(v) }),
        ("_2PTA", (s, v) => s with { TwoPointAttempted = JsonValues.ReadInt32(v) }),
        ("_3PTM", (s, v) => s with { ThreePointMade = JsonValues.ReadInt32(v) }),
        ("_3PTA", (s, v) => s with { ThreePointAttempted = JsonValues.ReadInt32(v) }),
        ("_PTS", (s, v) => s with { Points = JsonValues.ReadInt32(v) }),
        ("_PPP", (s, v) => s with { PointsPerPossession = JsonValues.ReadDouble(v) }),
        ("_FG", (s, v) => s with { FgPercent = JsonValues.ReadText(v) }),
        ("_TO", (s, v) => s with { Turnovers = JsonValues.ReadInt32(v) }),
    ];

    private static readonly IReadOnlyDictionary<string, PossessionTypeStats> NoPossessionTypes =
        new ReadOnlyDictionary<string, PossessionTypeStats>(new Dictionary<string, PossessionTypeStats>(0, StringComparer.Ordinal));

    private readonly ExtensionDataCache<IReadOnlyDictionary<string, PossessionTypeStats>> possessionTypes = new();

    /// <summary>
    /// Gets the per-possession-type stats (<c>{TYPE}_FG_VALUE</c>, <c>{TYPE}_FG</c>, <c>{TYPE}_FG_FRACTION</c>,
    /// <c>{TYPE}_POSS</c>, <c>{TYPE}_PTS</c>, <c>{TYPE}_2PTM</c>, <c>{TYPE}_2PTA</c>, <c>{TYPE}_3PTM</c>,
    /// <c>{TYPE}_3PTA</c>, <c>{TYPE}_TO</c>, <c>{TYPE}_PPP</c>, <c>{TYPE}_FG_VALUE_ARROW</c>) keyed by possession
    /// type, such as <c>OVERALL</c>, <c>TRANSITION</c> or <c>PT0_BR0</c>; empty when there are none.
    /// </summary>
    /// <remarks>
    /// Built from <see cref="LiveDataModel.AdditionalProperties"/> the first time it is read (and again if that
    /// dictionary's count changes). A name is matched against the longest suffix first; a name that ends in none
    /// of them is not a possession-type stat and stays only in <see cref="LiveDataModel.AdditionalProperties"/>.
    /// A field the service adds later whose name happens to end in one of these suffixes (for example
    /// <c>NEW_STAT_PTS</c>) is read as a possession type.
    /// </remarks>
    [JsonIgnore]
    public IReadOnlyDictionary<string, PossessionTypeStats> PossessionTypes =>
        possessionTypes.GetOrCreate(AdditionalProperties, ReadPossessionTypes);

    private static IReadOnlyDictionary<string, PossessionTypeStats> ReadPossessionTypes(IDictionary<string, JsonElement>? properties)
    {
        if (properties is null)
        {
            return NoPossessionTypes;
        }

        Dictionary<string, PossessionTypeStats>? types = null;
        foreach (var property in properties)
        {
            foreach (var (suffix, apply) in Suffixes)
            {
                var name = property.Key;
                if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var type = name.Substring(0, name.Length - suffix.Length);
                    types ??= new Dictionary<string, PossessionTypeStats>(StringComparer.Ordinal);
                    types[type] = apply(types.TryGetValue(type, out var stats) ? stats : new PossessionTypeStats(), property.Value);
                    break;
                }
            }
        }

        // Read-only because the same instance is handed to every reader until the source changes.
        return types is null ? NoPossessionTypes : new ReadOnlyDictionary<string, PossessionTypeStats>(types);
    }
}
