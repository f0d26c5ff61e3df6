using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

public sealed partial record BroadcastSummaryData
{
    private const string OvertimePrefix = "ot_";
    private const string StatsSuffix = "_stats";

    private readonly ExtensionDataCache<IReadOnlyList<KeyValuePair<string, PeriodStats>>> laterOvertimes = new();

    /// <summary>
    /// Gets every <c>*_stats</c> object present, keyed by its JSON name, in game order: <c>game_stats</c>,
    /// <c>half_1_stats</c>, <c>half_2_stats</c>, <c>quarter_1_stats</c>…<c>quarter_4_stats</c>, <c>ot_1_stats</c>,
    /// then <c>ot_2_stats</c>, <c>ot_3_stats</c>, … by number.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The first entry, when present, is the game total, not a period: skip <c>game_stats</c> before summing.
    /// </para>
    /// <para>
    /// Overtimes after the first are read from <see cref="LiveDataModel.AdditionalProperties"/> the first time
    /// this property is read. One whose value is not an object of the period stats shape is left out here; its raw
    /// JSON stays in <see cref="LiveDataModel.AdditionalProperties"/>.
    /// </para>
    /// </remarks>
    [JsonIgnore]
    public IReadOnlyList<KeyValuePair<string, PeriodStats>> AllPeriodStats
    {
        get
        {
            var all = new List<KeyValuePair<string, PeriodStats>>();
            Add(all, "game_stats", GameStats);
            Add(all, "half_1_stats", Half1Stats);
            Add(all, "half_2_stats", Half2Stats);
            Add(all, "quarter_1_stats", Quarter1Stats);
            Add(all, "quarter_2_stats", Quarter2Stats);
            Add(all, "quarter_3_stats", Quarter3Stats);
            Add(all, "quarter_4_stats", Quarter4Stats);
            Add(all, "ot_1_stats", Overtime1Stats);
            all.AddRange(laterOvertimes.GetOrCreate(AdditionalProperties, ReadLaterOvertimes));
            return all;
        }
    }

    private static void Add(List<KeyValuePair<string, PeriodStats>> all, string name, PeriodStats? stats)
    {
        if (stats is not null)
        {
            all.Add(new KeyValuePair<string, PeriodStats>(name, stats));
        }
    }

    private static IReadOnlyList<KeyValuePair<string, PeriodStats>> ReadLaterOvertimes(IDictionary<string, JsonElement>? properties)
    {
        if (properties is null)
        {
            return [];
        }

        var found = new List<(int Number, KeyValuePair<string, PeriodStats> Entry)>();
        foreach (var property in properties)
        {
            if (OvertimeNumber(property.Key) is { } number
                && property.Value.ValueKind == JsonValueKind.Object
                && TryRead(property.Value) is { } stats)
            {
                found.Add((number, new KeyValuePair<string, PeriodStats>(property.Key, stats)));
            }
        }

        return found.OrderBy(f => f.Number).Select(f => f.Entry).ToList();
    }

    private static int? OvertimeNumber(string name)
    {
        if (name.Length <= OvertimePrefix.Length + StatsSuffix.Length
            || !name.StartsWith(OvertimePrefix, StringComparison.Ordinal)
            || !name.EndsWith(StatsSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var digits = name.Substring(OvertimePrefix.Length, name.Length - OvertimePrefix.Length - StatsSuffix.Length);
        return digits.All(c => c is >= '0' and <= '9')
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    private static PeriodStats? TryRead(JsonElement value)
    {
        try
        {
            return value.Deserialize(LiveDataJsonContext.Default.PeriodStats);
        }
        catch (JsonException)
        {
            // A property getter must not throw over an undocumented object; the raw value is still kept.
            return null;
        }
    }
}
