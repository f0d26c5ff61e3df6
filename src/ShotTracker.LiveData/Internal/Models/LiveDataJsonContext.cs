using System.Text.Json.Serialization;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>
/// The source-generated serialization metadata for every payload: no reflection at run time, trimming and
/// Native AOT safe. Nested records are reached from the nine roots.
/// </summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TolerantInt32Converter), typeof(TolerantInt64Converter), typeof(FiniteDoubleConverter), typeof(JsonElementConverter)])]
[JsonSerializable(typeof(MarkerData))]
[JsonSerializable(typeof(BroadcastSummaryData))]
[JsonSerializable(typeof(BoxScoreStatsData))]
[JsonSerializable(typeof(ChartData))]
[JsonSerializable(typeof(PossessionsData))]
[JsonSerializable(typeof(PossessionStatsData))]
[JsonSerializable(typeof(LineupStatsData))]
[JsonSerializable(typeof(LocationData))]
[JsonSerializable(typeof(ClockData))]
internal sealed partial class LiveDataJsonContext : JsonSerializerContext
{
}
