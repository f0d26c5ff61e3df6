using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// Steady-state allocation of a parse (issue 10): no more than the objects it returns plus 64 B. A boxed value or
/// an argument buffer, as the generated converters make, would break the budget.
/// </summary>
public sealed class ParseAllocationTests
{
    private const int OverheadBytes = 64;
    private const int Parses = 200;

    // The summary holds more distinct display texts than the per-thread string cache keeps, so some miss on every
    // parse; on netstandard2.0, which has no span overload of Encoding.GetString, each miss costs a temporary array
    // beyond the budget (about 1.4 KB a parse of the fixture).
    public static TheoryData<string> Sources { get; } = new(
        "marker.json", "boxscorestatsv2.json", "chart.json", "possessions.json", "possessionstats.json", "lineupstats.json",
#if !LIBRARY_NETSTANDARD
        "broadcastsummary.json",
#endif
        "location.json", "clock.json");

    [Theory]
    [MemberData(nameof(Sources))]
    public void Deserialize_SteadyState_AllocatesOnlyWhatItReturnsPlus64Bytes(string fixture)
    {
        var frame = Fixtures.LoadBytes(fixture);

        // Warm up: caches of repeating strings fill, pools hand out their arrays, statics initialize.
        LiveDataMessageSerializer.Deserialize(frame);
        var earlier = LiveDataMessageSerializer.Deserialize(frame);

        var before = GC.GetAllocatedBytesForCurrentThread();
        LiveDataEvent last = earlier;
        for (var i = 0; i < Parses; i++)
        {
            last = LiveDataMessageSerializer.Deserialize(frame);
        }

        var perParse = (GC.GetAllocatedBytesForCurrentThread() - before) / Parses;
        var returned = AllocatedGraph.OwnBytes(last, earlier);

        returned.Should().BeGreaterThan(0);
        perParse.Should().BeLessThanOrEqualTo(returned + OverheadBytes, $"a {fixture} parse returns {returned} B of its own objects");
    }
}
