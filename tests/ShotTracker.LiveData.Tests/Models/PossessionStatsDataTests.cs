using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class PossessionStatsDataTests
{
    private const string Fixture = "possessionstats.json";

    [Fact]
    public void Deserialize_PossessionStatsFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture));

        var stats = e.Should().BeOfType<PossessionStatsEvent>().Subject;
        stats.Sequence.Should().Be(1045);
        stats.Data.Should().BeEquivalentTo(new
        {
            Timestamp = 1732500123500L,
            Scope = StatScopes.Session,
            GameId = "6541f3b2a7c9e81d2f0b4c11",
            SessionId = "sess-88431",
            SessionType = SessionTypes.GameRound,
            TeamId = "5001",
            Summary = new[]
            {
                new
                {
                    GroupType = "OVERALL",
                    Possessions = 42,
                    PossessionPercentage = 100.0,
                    Points = 51,
                    PointsPerPossession = 1.21,
                    TwoPointersMade = 15,
                    TwoPointersAttempted = 27,
                    TwoPointPercentage = 55.6,
                    ThreePointersMade = 5,
                    ThreePointersAttempted = 14,
                    ThreePointPercentage = 35.7,
                    Turnovers = 6,
                    TurnoverPercentage = 14.3,
                    EffectiveFieldGoalPercentage = 54.9,
                },
                new
                {
                    GroupType = "PT0_BR0",
                    Possessions = 11,
                    PossessionPercentage = 26.2,
                    Points = 9,
                    PointsPerPossession = 0.82,
                    TwoPointersMade = 3,
                    TwoPointersAttempted = 7,
                    TwoPointPercentage = 42.9,
                    ThreePointersMade = 1,
                    ThreePointersAttempted = 4,
                    ThreePointPercentage = 25.0,
                    Turnovers = 2,
                    TurnoverPercentage = 18.2,
                    EffectiveFieldGoalPercentage = 40.9,
                },
            },
        }, o => o.WithStrictOrdering());
        ModelGraph.AdditionalProperties(stats.Data).Should().BeEmpty();
    }

    [Fact]
    public void SerializeAfterDeserialize_PossessionStatsFixture_KeepsEveryField()
    {
        PayloadAssert.RoundTrips(Fixtures.LoadText(Fixture));
    }

    [Fact]
    public void Deserialize_UndocumentedGroupStat_IsKeptAndWrittenBack()
    {
        var json = PayloadAssert.WithValue(Fixture, "data.summary.1.FT_RATE", "0.18");

        var data = ((PossessionStatsEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        ModelGraph.AdditionalProperties(data).Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["$.Summary[1]"] = ["FT_RATE"],
        });
        PayloadAssert.RoundTrips(json);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("\"3\"")]
    public void Deserialize_IntegerSentAsDecimalOrString_IsRead(string raw)
    {
        var json = PayloadAssert.Patch(PayloadAssert.WithValue(Fixture, "data.summary.0.POSS", raw), "data.summary.0.3PTM", raw);

        var group = ((PossessionStatsEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Summary![0];

        group.Possessions.Should().Be(3);
        group.ThreePointersMade.Should().Be(3);
    }

    [Theory]
    [InlineData("summary.0.PTS", "\"lots\"", "$.data.summary[0].PTS")]
    [InlineData("summary.1.TO", "1.5", "$.data.summary[1].TO")]
    [InlineData("summary.1.EFG", "true", "$.data.summary[1].EFG")]
    [InlineData("summary", "{}", "$.data.summary")]
    [InlineData("t", "\"noon\"", "$.data.t")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionAtField(string field, string raw, string path)
    {
        PayloadAssert.RejectedAt(PayloadAssert.WithValue(Fixture, "data." + field, raw), path);
    }
}
