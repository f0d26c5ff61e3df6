using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class PossessionsDataTests
{
    private const string Fixture = "possessions.json";

    [Fact]
    public void Deserialize_PossessionsFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture));

        var possessions = e.Should().BeOfType<PossessionsEvent>().Subject;
        possessions.Sequence.Should().Be(1044);
        var data = possessions.Data;
        data.State.Should().Be(PossessionStates.Saved);
        data.Possession.Should().BeEquivalentTo(new
        {
            Supervision = SupervisionModes.System,
            StartTimestamp = 1732500110250L,
            TeamId = "5001",
            SessionId = "sess-88431",
            GameId = "6541f3b2a7c9e81d2f0b4c11",
            LineupPlayers = new[] { "100234", "100187", "100311", "100402", "100455" },
            OpponentLineupPlayers = new[] { "200118", "200141", "200207", "200263", "200390" },
            Events = new[]
            {
                new { PossessionType = "INBOUND", PlayerId = "100187", Timestamp = 1732500110250L },
                new { PossessionType = "PASS", PlayerId = "100311", Timestamp = 1732500115900L },
                new { PossessionType = "SHOT", PlayerId = "100234", Timestamp = 1732500123456L },
            },
            Stats = new { IsTurnover = false, ShotType = "THREE_POINT", Points = 3, BallReversals = 2 },
        }, o => o.WithStrictOrdering());
        data.Possession!.Stats!.Turnover!.Value.ValueKind.Should().Be(JsonValueKind.False);

        var view = data.Possession.ResponseView!;
        view.Period.Should().Be(Periods.Quarter2);
        view.Possessions!.Select(p => p.GetRawText()).Should().Equal("""{"teamId":"5001","start":1732500110250,"end":1732500123456,"points":3}""");
        view.Events!.Select(p => p.GetRawText()).Should().Equal("""{"type":"SHOT","playerId":"100234","t":1732500123456,"result":"MAKE"}""");
    }

    [Fact]
    public void Deserialize_PossessionsFixture_KeepsOnlyTheUndocumentedStatInAdditionalProperties()
    {
        var data = ((PossessionsEvent)LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture))).Data;

        ModelGraph.AdditionalProperties(data).Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["$.Possession.Stats"] = ["passes"],
        });
    }

    [Fact]
    public void SerializeAfterDeserialize_PossessionsFixture_KeepsEveryFieldAndTheExtraStat()
    {
        var written = PayloadAssert.RoundTrips(Fixtures.LoadText(Fixture));

        var again = ((PossessionsEvent)LiveDataMessageSerializer.Deserialize(written)).Data;
        again.Possession!.Stats!.AdditionalProperties!["passes"].GetInt32().Should().Be(4);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"STEAL\"", null)]
    [InlineData("null", null)]
    public void Turnover_SentAsFlagOrCount_IsReadEitherWayAndWrittenBackAsSent(string raw, bool? expected)
    {
        var json = PayloadAssert.WithValue(Fixture, "data.possession.stats.turnover", raw);

        var stats = ((PossessionsEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Possession!.Stats!;

        stats.IsTurnover.Should().Be(expected);
        PayloadAssert.RoundTrips(json);
    }

    [Fact]
    public void Deserialize_ResponseViewOfAnyShape_IsKeptAsSent()
    {
        var json = PayloadAssert.WithValue(Fixture, "data.possession.responseView", """{"possessions":[7,"x",null,[1]],"period":"OT","events":[{"a":{"b":[1.50]}}]}""");

        var view = ((PossessionsEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Possession!.ResponseView!;

        view.Possessions.Should().HaveCount(4);
        view.Events![0].GetRawText().Should().Be("""{"a":{"b":[1.50]}}""");
        PayloadAssert.RoundTrips(json).Should().Contain("[1.50]");
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("\"3\"")]
    public void Deserialize_IntegerSentAsDecimalOrString_IsRead(string raw)
    {
        var json = PayloadAssert.Patch(PayloadAssert.WithValue(Fixture, "data.possession.stats.points", raw), "data.possession.stats.ballReversals", raw);

        var stats = ((PossessionsEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Possession!.Stats!;

        stats.Points.Should().Be(3);
        stats.BallReversals.Should().Be(3);
    }

    [Theory]
    [InlineData("possession.startTimestamp", "\"later\"", "$.data.possession.startTimestamp")]
    [InlineData("possession.possessions.1.timestamp", "true", "$.data.possession.possessions[1].timestamp")]
    [InlineData("possession.stats.points", "\"three\"", "$.data.possession.stats.points")]
    [InlineData("possession.lineupPlayers", "\"100234\"", "$.data.possession.lineupPlayers")]
    [InlineData("possession.responseView.events", "{}", "$.data.possession.responseView.events")]
    [InlineData("possession", "[]", "$.data.possession")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionAtField(string field, string raw, string path)
    {
        PayloadAssert.RejectedAt(PayloadAssert.WithValue(Fixture, "data." + field, raw), path);
    }
}
