using System.Text;
using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// What the hand-written payload readers must do as the generated converters did: each case is read through the
/// public parser and, where it is accepted, also checked against the generated converter.
/// </summary>
public sealed class PayloadReaderTests
{
    [Fact]
    public void Deserialize_RepeatedProperty_LastWins()
    {
        var chart = Parse<ChartEvent>("chart", """{"pts":2,"st":"MISS","pts":3,"st":"MAKE"}""").Data;

        chart.Points.Should().Be(3);
        chart.ResultCode.Should().Be("MAKE");
        chart.AdditionalProperties.Should().BeNull();
    }

    [Fact]
    public void Deserialize_RepeatedUnknownProperty_LastWins()
    {
        var clock = Parse<ClockEvent>("clock", """{"sec":"1","new":1,"new":[2]}""").Data;

        clock.AdditionalProperties.Should().ContainKey("new").WhoseValue.GetRawText().Should().Be("[2]");
        clock.AdditionalProperties.Should().HaveCount(1);
    }

    [Fact]
    public void Deserialize_NullAndAbsent_BothReadAsNullAndNeitherIsKeptAsExtra()
    {
        var withNull = Parse<ChartEvent>("chart", """{"pts":null,"players":null,"shotDefenders":null,"prd":null}""").Data;
        var absent = Parse<ChartEvent>("chart", "{}").Data;

        withNull.Should().Be(absent);
        withNull.Points.Should().BeNull();
        withNull.Players.Should().BeNull();
        withNull.AdditionalProperties.Should().BeNull();
    }

    [Fact]
    public void Deserialize_NullElements_KeptInStringListsAndRawLists()
    {
        var lineup = Parse<LineupStatsEvent>("lineupstats", """{"players":["1",null,"3"]}""").Data;
        var possession = Parse<PossessionsEvent>("possessions", """{"possession":{"responseView":{"events":[null,1]},"possessions":[null]}}""").Data.Possession!;

        lineup.Players.Should().Equal("1", null, "3");
        possession.ResponseView!.Events!.Select(e => e.ValueKind).Should().Equal(JsonValueKind.Null, JsonValueKind.Number);
        possession.Events.Should().ContainSingle().Which.Should().BeNull();
    }

    [Fact]
    public void Deserialize_PropertiesOutOfOrderAndEscapedNames_AreMatched()
    {
        var box = Parse<BoxScoreStatsEvent>("boxscorestatsv2", """{"hey":1.5,"\u0074":7,"stats":{"TEAM_SCORE":9,"FG":1},"act":"TEAM"}""").Data;

        box.HoopY.Should().Be(1.5);
        box.Timestamp.Should().Be(7);
        box.Stats!.TeamScore.Should().Be(9);
        box.Stats.FieldGoalsMade.Should().Be(1);
        box.ActorType.Should().Be("TEAM");
        box.AdditionalProperties.Should().BeNull();
    }

    [Fact]
    public void Deserialize_TolerantNumbers_ReadInEveryForm()
    {
        var stats = Parse<PossessionStatsEvent>("possessionstats", """{"t":"17","summary":[{"POSS":"4","PTS":5.0,"PPP":"1.25"}]}""").Data;

        stats.Timestamp.Should().Be(17);
        stats.Summary![0].Possessions.Should().Be(4);
        stats.Summary[0].Points.Should().Be(5);
        stats.Summary[0].PointsPerPossession.Should().Be(1.25);
    }

    [Fact]
    public void Deserialize_MarkerIdAsNumber_KeepsItsText()
    {
        var details = Parse<MarkerEvent>("marker", """{"data":{"team1Id":5001,"team2Id":"5002","courtId":1.50}}""").Data.Details!;

        details.Team1Id.Should().Be("5001");
        details.Team2Id.Should().Be("5002");
        details.CourtId.Should().Be("1.50");
    }

    [Theory]
    [InlineData("chart", """{"pts":2.5}""", "$.data.pts")]
    [InlineData("chart", """{"pts":2147483648}""", "$.data.pts")]
    [InlineData("chart", """{"players":["a",1]}""", "$.data.players[1]")]
    [InlineData("chart", """{"shotDefenders":[1,null]}""", "$.data.shotDefenders[1]")]
    [InlineData("clock", """{"sec":5}""", "$.data.sec")]
    [InlineData("marker", """{"data":[]}""", "$.data.data")]
    [InlineData("marker", """{"data":{"team1Id":true}}""", "$.data.data.team1Id")]
    [InlineData("boxscorestatsv2", """{"stats":{"PTS":"x"}}""", "$.data.stats.PTS")]
    [InlineData("possessions", """{"possession":{"possessions":[1]}}""", "$.data.possession.possessions[0]")]
    [InlineData("possessionstats", """{"summary":{}}""", "$.data.summary")]
    [InlineData("lineupstats", """{"stats":{"PPP":1e400}}""", "$.data.stats.PPP")]
    public void Deserialize_ValueOfTheWrongShape_ThrowsWithItsPath(string source, string payload, string path)
    {
        var act = () => LiveDataMessageSerializer.Deserialize(Frame(source, payload));

        act.Should().Throw<LiveDataProtocolException>().Which.Path.Should().Be(path);
        Differences(source, payload).Should().BeNull();
    }

    private static TEvent Parse<TEvent>(string source, string payload)
        where TEvent : LiveDataEvent
    {
        Differences(source, payload).Should().BeNull();
        return LiveDataMessageSerializer.Deserialize(Frame(source, payload)).Should().BeOfType<TEvent>().Subject;
    }

    private static string? Differences(string source, string payload) =>
        PayloadReaderDifferentialTests.Compare(SourceTable.All.Single(d => d.WireName == source), Encoding.UTF8.GetBytes(payload));

    private static byte[] Frame(string source, string payload) =>
        Encoding.UTF8.GetBytes($$"""{"type":"data","source":"{{source}}","seq":1,"data":{{payload}}}""");
}
