using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class BroadcastSummaryLevelTests
{
    [Fact]
    public void Deserialize_GameStatsLevel_HasGameStatsOnly()
    {
        const string json = """
            {"type":"data","source":"broadcastsummary","data":{"at":1732500200000,"at_formatted":"2024-11-25 02:03:20 UTC","period":"H2","reference":"bsum-1",
            "game_stats":{"reference":"gs-1","home":{"team":{"team_id":5001,"PTS":44,"OVERALL_PTS":44},"players":[{"player_id":0,"jersey_number":-1,"sensor":0,"PTS":44}]},
            "away":{"team":{"team_id":5002,"PTS":39},"players":[]}}}}
            """;

        var summary = ((BroadcastSummaryEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        summary.Period.Should().Be("H2");
        summary.GameStats!.Home!.Team!.Points.Should().Be(44);
        summary.GameStats.Home.Team.PossessionTypes["OVERALL"].Points.Should().Be(44);
        summary.GameStats.Away!.Players.Should().BeEmpty();
        summary.Should().BeEquivalentTo(new
        {
            Half1Stats = (object?)null,
            Half2Stats = (object?)null,
            Quarter1Stats = (object?)null,
            Quarter2Stats = (object?)null,
            Quarter3Stats = (object?)null,
            Quarter4Stats = (object?)null,
            Overtime1Stats = (object?)null,
            AdditionalProperties = (object?)null,
        });
        summary.AllPeriodStats.Should().ContainSingle().Which.Key.Should().Be("game_stats");
        JsonAssert.Equivalent(json, LiveDataMessageSerializer.SerializeToString(new BroadcastSummaryEvent { Data = summary }));
    }

    [Fact]
    public void Deserialize_EmptySummary_HasNoPeriods()
    {
        var summary = ((BroadcastSummaryEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"broadcastsummary","data":{"period":"PRE"}}""")).Data;

        summary.GameStats.Should().BeNull();
        summary.AllPeriodStats.Should().BeEmpty();
    }
}
