using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class MarkerDataTests
{
    private const string Fixture = "marker.json";

    [Fact]
    public void Deserialize_MarkerFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture));

        var marker = e.Should().BeOfType<MarkerEvent>().Subject;
        marker.Sequence.Should().Be(1001);
        marker.Data.Should().BeEquivalentTo(new
        {
            Timestamp = 1732499880000L,
            GameId = "6541f3b2a7c9e81d2f0b4c11",
            Status = MarkerStatuses.JerseyColor,
            Details = new
            {
                FacilityId = "fac-204",
                CourtId = "court-1",
                Team1Id = "5001",
                Team1JerseyColor = "#0B3D91",
                Team2Id = "5002",
                Team2JerseyColor = "#FFFFFF",
            },
        });
    }

    [Fact]
    public void Deserialize_MarkerFixture_KeepsOnlyTheUndocumentedDetailInAdditionalProperties()
    {
        var data = ((MarkerEvent)LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture))).Data;

        ModelGraph.AdditionalProperties(data).Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["$.Details"] = ["updatedBy"],
        });
        data.Details!.AdditionalProperties!["updatedBy"].GetString().Should().Be("operator-3");
    }

    [Fact]
    public void SerializeAfterDeserialize_MarkerFixture_KeepsEveryFieldAndTheExtraDetail()
    {
        var written = PayloadAssert.RoundTrips(Fixtures.LoadText(Fixture));

        var again = ((MarkerEvent)LiveDataMessageSerializer.Deserialize(written)).Data;
        again.Details!.AdditionalProperties!["updatedBy"].GetString().Should().Be("operator-3");
    }

    [Fact]
    public void Deserialize_OtherStatus_KeepsItsWholePayload()
    {
        const string json = """{"type":"data","source":"marker","seq":1002,"data":{"t":1732500000000,"gameId":"g","status":"LINEUP","data":{"teamId":"5001","players":["100234","100187"],"starters":true}}}""";

        var data = ((MarkerEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        data.Status.Should().Be(MarkerStatuses.Lineup);
        data.Details!.Team1Id.Should().BeNull();
        data.Details.AdditionalProperties.Should().ContainKeys("teamId", "players", "starters");
        PayloadAssert.RoundTrips(json);
    }

    [Fact]
    public void Deserialize_NumericTeamIds_AreReadAsTheirText()
    {
        var json = PayloadAssert.Patch(PayloadAssert.WithValue(Fixture, "data.data.team1Id", "5001"), "data.data.team2Id", "5002.0");

        var details = ((MarkerEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Details!;

        details.Team1Id.Should().Be("5001");
        details.Team2Id.Should().Be("5002.0");
    }

    [Theory]
    [InlineData("1732499880000.0")]
    [InlineData("\"1732499880000\"")]
    public void Deserialize_TimestampSentAsDecimalOrString_IsRead(string raw)
    {
        var json = PayloadAssert.WithValue(Fixture, "data.t", raw);

        ((MarkerEvent)LiveDataMessageSerializer.Deserialize(json)).Data.Timestamp.Should().Be(1732499880000L);
    }

    [Theory]
    [InlineData("t", "\"soon\"", "$.data.t")]
    [InlineData("gameId", "42", "$.data.gameId")]
    [InlineData("data", "\"JERSEY_COLOR\"", "$.data.data")]
    [InlineData("data.team1Id", "{\"id\":5001}", "$.data.data.team1Id")]
    [InlineData("data.team1JerseyColor", "255", "$.data.data.team1JerseyColor")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionAtField(string field, string raw, string path)
    {
        PayloadAssert.RejectedAt(PayloadAssert.WithValue(Fixture, "data." + field, raw), path);
    }
}
