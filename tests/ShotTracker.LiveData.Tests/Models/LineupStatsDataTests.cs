using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class LineupStatsDataTests
{
    private const string Fixture = "lineupstats.json";

    [Fact]
    public void Deserialize_LineupStatsFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture));

        var lineup = e.Should().BeOfType<LineupStatsEvent>().Subject;
        lineup.Sequence.Should().Be(1046);
        lineup.Data.Should().BeEquivalentTo(new
        {
            TeamId = "5001",
            SessionId = "sess-88431",
            GameId = "6541f3b2a7c9e81d2f0b4c11",
            Stats = new
            {
                FieldGoalRate = 0.483,
                ReboundRate = 0.552,
                TotalPointsScored = 38,
                TotalTurnovers = 4,
                PointsPerPossession = 1.15,
                OpponentPointsPerPossession = 0.94,
                PlusMinus = 9,
            },
            Players = new[] { "100234", "100187", "100311", "100402", "100455" },
        }, o => o.WithStrictOrdering());
        ModelGraph.AdditionalProperties(lineup.Data).Should().BeEmpty();
    }

    [Fact]
    public void SerializeAfterDeserialize_LineupStatsFixture_KeepsEveryField()
    {
        PayloadAssert.RoundTrips(Fixtures.LoadText(Fixture));
    }

    [Fact]
    public void Deserialize_UndocumentedStat_IsKeptAndWrittenBack()
    {
        var json = PayloadAssert.WithValue(Fixture, "data.stats.TOTAL_POINTS_ALLOWED", "29");

        var stats = ((LineupStatsEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Stats!;

        stats.AdditionalProperties!["TOTAL_POINTS_ALLOWED"].GetInt32().Should().Be(29);
        PayloadAssert.RoundTrips(json);
    }

    [Theory]
    [InlineData("-3.0")]
    [InlineData("\"-3\"")]
    public void Deserialize_IntegerSentAsDecimalOrString_IsRead(string raw)
    {
        var json = PayloadAssert.Patch(PayloadAssert.WithValue(Fixture, "data.stats.PLUS_MINUS", raw), "data.stats.TOTAL_TURNOVERS", raw.Replace("-", string.Empty, StringComparison.Ordinal));

        var stats = ((LineupStatsEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Stats!;

        stats.PlusMinus.Should().Be(-3);
        stats.TotalTurnovers.Should().Be(3);
    }

    [Theory]
    [InlineData("stats.TOTAL_POINTS_SCORED", "\"many\"", "$.data.stats.TOTAL_POINTS_SCORED")]
    [InlineData("stats.PPP", "\"high\"", "$.data.stats.PPP")]
    [InlineData("stats", "[]", "$.data.stats")]
    [InlineData("players", "[100234]", "$.data.players[0]")]
    [InlineData("tid", "5001", "$.data.tid")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionAtField(string field, string raw, string path)
    {
        PayloadAssert.RejectedAt(PayloadAssert.WithValue(Fixture, "data." + field, raw), path);
    }
}
