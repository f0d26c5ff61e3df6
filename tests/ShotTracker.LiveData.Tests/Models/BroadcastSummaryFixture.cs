using System.Globalization;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

/// <summary>Loads <c>Fixtures/broadcastsummary.json</c> and knows how its repetitive parts were generated.</summary>
internal static class BroadcastSummaryFixture
{
    public const string FileName = "broadcastsummary.json";

    public static BroadcastSummaryData Load() =>
        LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(FileName)).Should().BeOfType<BroadcastSummaryEvent>().Subject.Data;

    /// <summary>
    /// The 14 zones of a shot map in the fixture: <paramref name="kind"/> 1 is <c>shots</c>, 2 <c>cas_shots</c>,
    /// 3 <c>otd_shots</c>; <paramref name="seed"/> 0 is the home team line, 1 the home player.
    /// </summary>
    public static object[] Zones(int kind, int seed) => Enumerable.Range(1, 14).Select(i =>
    {
        var attempted = (i * (kind + 1)) + seed + 1;
        return (object)new
        {
            Display = $"{i}/{attempted}",
            PercentDisplay = (100.0 * i / attempted).ToString("F1", CultureInfo.InvariantCulture) + "%",
            Red = ((i * 17) + (kind * 5) + (seed * 13)) % 256,
            Green = ((i * 29) + (kind * 7) + (seed * 3)) % 256,
            Blue = ((i * 41) + (kind * 11) + (seed * 5)) % 256,
            AdditionalProperties = (object?)null,
        };
    }).ToArray();
}
