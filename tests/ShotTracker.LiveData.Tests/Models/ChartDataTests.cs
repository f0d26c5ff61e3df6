using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class ChartDataTests
{
    private const string Fixture = "chart.json";

    [Fact]
    public void Deserialize_ChartFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture));

        var chart = e.Should().BeOfType<ChartEvent>().Subject;
        chart.Sequence.Should().Be(1042);
        chart.Data.Should().BeEquivalentTo(new
        {
            EventId = "evt-7f3a91c2",
            Timestamp = 1732500123456L,
            PlayerId = "100234",
            TeamId = "5001",
            SessionId = "sess-88431",
            GameId = "6541f3b2a7c9e81d2f0b4c11",
            ResultCode = "MAKE",
            Result = ShotResult.Make,
            IsThreePointer = true,
            Points = 3,
            PlayerX = 7012.5,
            PlayerY = -1840.25,
            PlayerZ = 12.5,
            HoopX = 13335.5,
            HoopY = 7.25,
            HoopZ = 3048.0,
            Status = ShotStatuses.Recorded,
            Zone = 11,
            AdvancedZone = 27,
            Distance = 724.3,
            Attributes = new[] { ShotAttributes.CatchAndShoot },
            Players = new[] { "100234", "100187", "100311", "100402", "100455", "200118", "200141", "200207", "200263", "200390" },
            ShotDefenders = new[] { 200141L, 200263L },
            Period = Periods.Quarter2,
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Deserialize_ChartFixture_KeepsNoUnmappedProperties()
    {
        var data = ((ChartEvent)LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes(Fixture))).Data;

        ModelGraph.AdditionalProperties(data).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"MAKE\"", ShotResult.Make)]
    [InlineData("\"MISS\"", ShotResult.Miss)]
    [InlineData("\"BLOCKED\"", ShotResult.Unknown)]
    [InlineData("\"make\"", ShotResult.Unknown)]
    public void Result_MapsShotResultAndKeepsRawText(string st, ShotResult expected)
    {
        var json = PayloadAssert.WithValue(Fixture, "data.st", st);

        var data = ((ChartEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        data.Result.Should().Be(expected);
        data.ResultCode.Should().Be(st.Trim('"'));
        PayloadAssert.RoundTrips(json).Should().Contain($"\"st\":{st}");
    }

    [Fact]
    public void Result_WithoutResultCode_IsUnknown()
    {
        new ChartData().Result.Should().Be(ShotResult.Unknown);
    }

    [Fact]
    public void SerializeAfterDeserialize_ChartFixture_KeepsEveryField()
    {
        PayloadAssert.RoundTrips(Fixtures.LoadText(Fixture));
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("\"3\"")]
    public void Deserialize_IntegerSentAsDecimalOrString_IsRead(string raw)
    {
        var json = PayloadAssert.Patch(PayloadAssert.WithValue(Fixture, "data.pts", raw), "data.z", raw);

        var data = ((ChartEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        data.Points.Should().Be(3);
        data.Zone.Should().Be(3);
    }

    [Fact]
    public void Deserialize_DefenderIdSentAsDecimalOrString_IsRead()
    {
        var json = PayloadAssert.WithValue(Fixture, "data.shotDefenders", "[200141.0,\"200263\"]");

        var data = ((ChartEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        data.ShotDefenders.Should().Equal(200141L, 200263L);
    }

    [Theory]
    [InlineData("pts", "\"three\"", "$.data.pts")]
    [InlineData("pts", "2.5", "$.data.pts")]
    [InlineData("is3", "\"maybe\"", "$.data.is3")]
    [InlineData("pid", "100234", "$.data.pid")]
    [InlineData("px", "{}", "$.data.px")]
    [InlineData("shotDefenders", "[200141,\"x\"]", "$.data.shotDefenders[1]")]
    [InlineData("players", "[100234]", "$.data.players[0]")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionAtField(string field, string raw, string path)
    {
        PayloadAssert.RejectedAt(PayloadAssert.WithValue(Fixture, "data." + field, raw), path);
    }
}
