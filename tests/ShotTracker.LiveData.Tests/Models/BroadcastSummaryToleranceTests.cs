using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class BroadcastSummaryToleranceTests
{
    [Theory]
    [InlineData("3")]
    [InlineData("3.0")]
    [InlineData("\"3\"")]
    public void Deserialize_CountAsIntegerDecimalOrString_ReadsTheCount(string value)
    {
        var summary = Read("""{"game_stats":{"home":{"team":{"FG":VALUE},"players":[{"player_id":"100234","PTS":VALUE}]}}}""".Replace("VALUE", value, StringComparison.Ordinal));

        summary.GameStats!.Home!.Team!.FieldGoalsMade.Should().Be(3);
        summary.GameStats.Home.Players![0].Points.Should().Be(3);
        summary.GameStats.Home.Players[0].PlayerId.Should().Be(100234);
    }

    [Theory]
    [InlineData("""{"game_stats":{"home":{"team":{"FG":"many"}}}}""", "$.data.game_stats.home.team.FG")]
    [InlineData("""{"game_stats":{"home":{"team":{"FG":3.5}}}}""", "$.data.game_stats.home.team.FG")]
    [InlineData("""{"half_1_stats":{"away":{"players":[{"PTS":1},{"on_the_floor":"yes"}]}}}""", "$.data.half_1_stats.away.players[1].on_the_floor")]
    [InlineData("""{"game_stats":{"home":{"team":{"shots":[{"R":"red"}]}}}}""", "$.data.game_stats.home.team.shots[0].R")]
    [InlineData("""{"game_stats":{"home":{"team":{"lineup_stats":[{"player_ids":[1,"x"]}]}}}}""", "$.data.game_stats.home.team.lineup_stats[0].player_ids[1]")]
    [InlineData("""{"at":"noon"}""", "$.data.at")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionAtTheField(string data, string path)
    {
        var act = () => LiveDataMessageSerializer.Deserialize(Envelope(data));

        act.Should().Throw<LiveDataProtocolException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void Deserialize_ShotLocationsInAnyShape_KeepsThemVerbatimAndReadsWhatItCan()
    {
        const string data = """
            {"game_stats":{"home":{"team":{"shot_locations":{
            "make":[[1,2.5,"4100.5",44],{"X":"3.5","Y":-4,"Height":4000,"Angle":43.5,"DEPTH":12,"Speed":"7.75","extra":[1]}],
            "miss":["weird",7,null,[],{},[true,false]]}}}}}
            """;

        var locations = Read(data).GameStats!.Home!.Team!.ShotLocations!;

        locations.Made![0].Should().BeEquivalentTo(new { X = 1.0, Y = 2.5, PeakHeight = 4100.5, EntryAngle = 44.0, Depth = (double?)null, Velocity = (double?)null });
        locations.Made[1].Should().BeEquivalentTo(new { X = 3.5, Y = -4.0, PeakHeight = 4000.0, EntryAngle = 43.5, Depth = 12.0, Velocity = 7.75 });
        locations.Missed.Should().HaveCount(6);
        locations.Missed![2].Should().BeNull();
        locations.Missed.Where(m => m is not null).Should().AllSatisfy(m =>
            m!.Should().BeEquivalentTo(new { X = (double?)null, Y = (double?)null, PeakHeight = (double?)null, EntryAngle = (double?)null, Depth = (double?)null, Velocity = (double?)null }));
        var json = Envelope(data);
        JsonAssert.Equivalent(json, LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(json)));
    }

    [Fact]
    public void PossessionTypes_LooselyTypedValues_ReadTolerantlyAndKeepTheRaw()
    {
        var team = Read("""
            {"game_stats":{"home":{"team":{"OVERALL_POSS":14.0,"OVERALL_PTS":"21","OVERALL_FG":45.6,"OVERALL_FG_FRACTION":"8/13",
            "OVERALL_PPP":"1.5","OVERALL_TO":2.5,"OVERALL_2PTM":"many","OVERALL_FG_VALUE_ARROW":"-1","PACE":71.5,"_PTS":3}}}}
            """).GameStats!.Home!.Team!;

        team.PossessionTypes.Keys.Should().Equal("OVERALL");
        team.PossessionTypes["OVERALL"].Should().BeEquivalentTo(new PossessionTypeStats
        {
            Possessions = 14,
            Points = 21,
            FgPercent = "45.6",
            FgFraction = "8/13",
            PointsPerPossession = 1.5,
            FgValueArrow = -1,
        });
        team.AdditionalProperties!["OVERALL_TO"].GetDouble().Should().Be(2.5);
        team.AdditionalProperties["OVERALL_2PTM"].GetString().Should().Be("many");
        team.AdditionalProperties.Should().ContainKeys("PACE", "_PTS");
    }

    [Fact]
    public void PossessionTypes_AfterAdditionalPropertiesChange_AreRebuilt()
    {
        var team = Read("""{"game_stats":{"home":{"team":{"OVERALL_PTS":21}}}}""").GameStats!.Home!.Team!;
        team.PossessionTypes.Keys.Should().Equal("OVERALL");

        team.AdditionalProperties!["TRANSITION_PTS"] = JsonDocument.Parse("8").RootElement;

        team.PossessionTypes.Keys.Should().BeEquivalentTo("OVERALL", "TRANSITION");
        team.PossessionTypes["TRANSITION"].Points.Should().Be(8);
    }

    [Fact]
    public void TeamStatLine_WithComputedViewsRead_KeepsValueEquality()
    {
        var first = new TeamStatLine { TeamId = 5001, Points = 85 };
        var second = new TeamStatLine { TeamId = 5001, Points = 85 };

        _ = first.PossessionTypes;

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.PossessionTypes.Should().BeEmpty();
    }

    [Fact]
    public void AllPeriodStats_LaterOvertimes_AreOrderedByNumberAndSkipWhatDoesNotFit()
    {
        var summary = Read("""
            {"ot_10_stats":{"reference":"ot10"},"ot_1_stats":{"reference":"ot1"},"ot_3_stats":{"reference":"ot3"},"ot_2_stats":{"reference":"ot2"},
            "ot_4_stats":{"home":{"team":{"FG":"many"}}},"ot_5_stats":[1],"ot_x_stats":{},"ot__stats":{},"game_stats":{"reference":"g"}}
            """);

        summary.AllPeriodStats.Select(p => (p.Key, p.Value.Reference)).Should().Equal(
            ("game_stats", "g"), ("ot_1_stats", "ot1"), ("ot_2_stats", "ot2"), ("ot_3_stats", "ot3"), ("ot_10_stats", "ot10"));
        summary.AdditionalProperties!.Keys.Should().BeEquivalentTo("ot_10_stats", "ot_3_stats", "ot_2_stats", "ot_4_stats", "ot_5_stats", "ot_x_stats", "ot__stats");
    }

    [Fact]
    public void ShotLocation_Equality_ComparesJsonValues()
    {
        var a = new ShotLocation(JsonDocument.Parse("[1, 2.5, {\"k\": 1}]").RootElement);
        var b = new ShotLocation(JsonDocument.Parse("[1,2.50,{\"k\":1}]").RootElement);
        var c = new ShotLocation(JsonDocument.Parse("[1, 2.5, {\"k\": 2}]").RootElement);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        var act = () => new ShotLocation(default);
        act.Should().Throw<ArgumentException>();
    }

    private static string Envelope(string data) => $$"""{"type":"data","source":"broadcastsummary","data":{{data}}}""";

    private static BroadcastSummaryData Read(string data) =>
        ((BroadcastSummaryEvent)LiveDataMessageSerializer.Deserialize(Envelope(data))).Data;
}
