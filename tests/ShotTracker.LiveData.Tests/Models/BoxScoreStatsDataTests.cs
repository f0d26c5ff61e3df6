using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class BoxScoreStatsDataTests
{
    private const string Fixture = "boxscorestatsv2.json";

    [Fact]
    public void Deserialize_BoxScoreFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture));

        var box = e.Should().BeOfType<BoxScoreStatsEvent>().Subject;
        box.Sequence.Should().Be(1043);
        box.Data.Should().BeEquivalentTo(new
        {
            Classification = BoxScoreClassifications.ThreePointMake,
            ActorType = ActorTypes.Player,
            EventId = "evt-7f3a91c2",
            TeamId = "5001",
            SessionType = SessionTypes.GameRound,
            SessionId = "sess-88431",
            Timestamp = 1732500123460L,
            GameId = "6541f3b2a7c9e81d2f0b4c11",
            Version = 7L,
            PlayerId = "100234",
            Period = Periods.Quarter2,
            PlayerX = 7012.5,
            PlayerY = -1840.25,
            HoopX = 13335.5,
            HoopY = 7.25,
        });
    }

    [Fact]
    public void Deserialize_BoxScoreFixture_MapsEveryUsualStatKey()
    {
        var data = ((BoxScoreStatsEvent)LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture))).Data;

        data.Stats.Should().BeEquivalentTo(new
        {
            FieldGoalsMade = 12,
            FieldGoalsAttempted = 23,
            TwoPointersMade = 7,
            TwoPointersAttempted = 13,
            ThreePointersMade = 5,
            ThreePointersAttempted = 10,
            FreeThrowsMade = 6,
            FreeThrowsAttempted = 8,
            Points = 35,
            Rebounds = 11,
            OffensiveRebounds = 2,
            DefensiveRebounds = 9,
            Assists = 3,
            Steals = 1,
            Turnovers = 4,
            Blocks = 0,
            Fouls = 2,
            FoulsDrawn = 5,
            PlusMinus = 15,
            TeamScore = 81,
        });
        data.TotalStats.Should().BeEquivalentTo(new
        {
            FieldGoalsMade = 30,
            FieldGoalsAttempted = 64,
            TwoPointersMade = 21,
            TwoPointersAttempted = 39,
            ThreePointersMade = 9,
            ThreePointersAttempted = 25,
            FreeThrowsMade = 12,
            FreeThrowsAttempted = 17,
            Points = 81,
            Rebounds = 38,
            OffensiveRebounds = 10,
            DefensiveRebounds = 28,
            Assists = 19,
            Steals = 7,
            Turnovers = 11,
            Blocks = 4,
            Fouls = 16,
            FoulsDrawn = 18,
            PlusMinus = 13,
            TeamScore = 81,
        });
    }

    [Fact]
    public void Deserialize_BoxScoreFixture_KeepsOnlyTheUnmappedStatKeyInAdditionalProperties()
    {
        var data = ((BoxScoreStatsEvent)LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture))).Data;

        ModelGraph.AdditionalProperties(data).Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["$.Stats"] = ["PPTS"],
        });
        data.Stats!.AdditionalProperties!["PPTS"].GetInt32().Should().Be(8);
    }

    [Fact]
    public void SerializeAfterDeserialize_BoxScoreFixture_KeepsEveryFieldAndTheExtraStat()
    {
        var written = PayloadAssert.RoundTrips(Fixtures.LoadText(Fixture));

        var again = ((BoxScoreStatsEvent)LiveDataMessageSerializer.Deserialize(written)).Data;
        again.Stats!.AdditionalProperties!["PPTS"].GetInt32().Should().Be(8);
    }

    [Fact]
    public void Deserialize_EventCarryingFewStats_LeavesTheOthersNull()
    {
        var json = PayloadAssert.WithValue(Fixture, "data.stats", """{"STL":2,"TEAM_SCORE":44}""");

        var stats = ((BoxScoreStatsEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Stats!;

        stats.Steals.Should().Be(2);
        stats.TeamScore.Should().Be(44);
        stats.Points.Should().BeNull();
        stats.AdditionalProperties.Should().BeNull();
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("\"3\"")]
    public void Deserialize_IntegerSentAsDecimalOrString_IsRead(string raw)
    {
        var json = PayloadAssert.Patch(PayloadAssert.WithValue(Fixture, "data.stats.PTS", raw), "data.v", raw);

        var data = ((BoxScoreStatsEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        data.Stats!.Points.Should().Be(3);
        data.Version.Should().Be(3);
    }

    [Theory]
    [InlineData("stats.PTS", "\"three\"", "$.data.stats.PTS")]
    [InlineData("totalStats.PLUS_MINUS", "0.5", "$.data.totalStats.PLUS_MINUS")]
    [InlineData("stats", "35", "$.data.stats")]
    [InlineData("v", "\"v7\"", "$.data.v")]
    [InlineData("hex", "\"left\"", "$.data.hex")]
    [InlineData("pid", "100234", "$.data.pid")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionAtField(string field, string raw, string path)
    {
        PayloadAssert.RejectedAt(PayloadAssert.WithValue(Fixture, "data." + field, raw), path);
    }
}
