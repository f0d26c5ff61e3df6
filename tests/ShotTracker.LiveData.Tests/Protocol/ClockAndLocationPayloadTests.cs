using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Protocol;

public sealed class ClockAndLocationPayloadTests
{
    [Fact]
    public void Deserialize_ClockFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes("clock.json"));

        var clock = e.Should().BeOfType<ClockEvent>().Subject;
        clock.Source.Should().Be(LiveDataSource.Clock);
        clock.Sequence.Should().BeNull();
        clock.Data.Should().BeEquivalentTo(new
        {
            GameId = "6541f3b2a7c9e81d2f0b4c11",
            Period = Periods.Quarter2,
            Type = "GAME_SHOT_CLOCK",
            State = "STARTED",
            ClockSource = "OFFICIAL",
            Minutes = "7",
            Seconds = "42",
            SubSeconds = "5",
            ShotClockSeconds = "18",
            ShotClockSubSeconds = "3",
            ControllerId = "ctrl-17",
            AdditionalProperties = (object?)null,
        });
    }

    [Fact]
    public void Deserialize_ClockWithNullShotClock_KeepsNulls()
    {
        var e = (ClockEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"clock","data":{"gid":"g","min":"0","sec":"0","subSec":"0","shotSec":null,"shotSubSec":null,"controllerId":null}}""");

        e.Data.ShotClockSeconds.Should().BeNull();
        e.Data.ShotClockSubSeconds.Should().BeNull();
        e.Data.ControllerId.Should().BeNull();
    }

    [Fact]
    public void Deserialize_LocationFixture_MapsEveryDocumentedField()
    {
        var e = LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes("location.json"));

        var frame = e.Should().BeOfType<LocationEvent>().Subject.Data;
        frame.GameClockMilliseconds.Should().Be(462500);
        frame.ShotClockMilliseconds.Should().Be(18300);
        frame.ClockRunning.Should().BeTrue();
        frame.Period.Should().Be("Q2");
        frame.FacilityId.Should().Be("fac-204");
        frame.CourtId.Should().Be("court-1");
        frame.SessionId.Should().Be("sess-88431");
        frame.Locations.Should().HaveCount(2);

        var player = frame.Locations![0];
        player.Kind.Should().Be(LocationKind.Player);
        player.Should().BeEquivalentTo(new
        {
            Timestamp = 1732500000123L,
            Type = "PLAYER",
            PlayerId = 100234L,
            BallId = (string?)null,
            TeamId = 5001L,
            X = 4521.5,
            Y = -2210.25,
            Z = 1050.0,
            Speed = 3.42,
            Distance = 18234.7,
            VelocityX = 1.25,
            VelocityY = -0.75,
            VelocityZ = 0.02,
        });

        var ball = frame.Locations[1];
        ball.Kind.Should().Be(LocationKind.Ball);
        ball.BallId.Should().Be("ball-7");
        ball.PlayerId.Should().BeNull();
        ball.X.Should().Be(4700.0);
        ball.Z.Should().Be(2480.75);
        ball.VelocityZ.Should().Be(3.3);
    }

    [Fact]
    public void Deserialize_LocationWithNewTrackedKind_IsUnknownKindAndKeepsText()
    {
        var e = (LocationEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"location","data":{"locations":[{"type":"REFEREE","pid":9}]}}""");

        e.Data.Locations![0].Kind.Should().Be(LocationKind.Unknown);
        e.Data.Locations[0].Type.Should().Be("REFEREE");
    }

    [Theory]
    [InlineData("clock.json")]
    [InlineData("location.json")]
    public void SerializeAfterDeserialize_KeepsEveryField(string fixture)
    {
        var original = Fixtures.LoadText(fixture);

        var written = LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(original));

        JsonAssert.Equivalent(original, written);
        LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(written)).Should().Be(written);
    }

    [Fact]
    public void Deserialize_LocationWithEscapedNamesNullsAndUnknownFields_KeepsEverything()
    {
        const string json = """{"type":"data","source":"location","data":{"\u0067cms":1,"cr":null,"heat":{"a":1},"locations":[{"\u0078":5.5,"type":"PLAYER","pid":null,"accel":[1,2],"t":7}],"period":"Q\u0031"}}""";

        var frame = ((LocationEvent)LiveDataMessageSerializer.Deserialize(json)).Data;

        frame.GameClockMilliseconds.Should().Be(1);
        frame.ClockRunning.Should().BeNull();
        frame.Period.Should().Be("Q1");
        frame.AdditionalProperties.Should().ContainKey("heat");
        var sample = frame.Locations.Should().ContainSingle().Subject;
        sample.X.Should().Be(5.5);
        sample.PlayerId.Should().BeNull();
        sample.Timestamp.Should().Be(7);
        sample.AdditionalProperties.Should().ContainKey("accel");
        JsonAssert.Equivalent(json, LiveDataMessageSerializer.SerializeToString(new LocationEvent { Data = frame }));
    }

    [Fact]
    public void Deserialize_LocationFramesWithRepeatedIds_ShareStringInstancesButNeverMixValues()
    {
        var first = ((LocationEvent)LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes("location.json"))).Data;
        var second = ((LocationEvent)LiveDataMessageSerializer.Deserialize(Fixtures.LoadBytes("location.json"))).Data;
        var other = ((LocationEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"location","data":{"facilityId":"fac-999","courtId":"court-1"}}""")).Data;

        second.FacilityId.Should().BeSameAs(first.FacilityId);
        second.Locations![0].Type.Should().BeSameAs(first.Locations![0].Type);
        other.FacilityId.Should().Be("fac-999");
        other.CourtId.Should().Be("court-1");
    }

    [Fact]
    public void Deserialize_EmptyAndNullLocations_AreDistinguished()
    {
        ((LocationEvent)LiveDataMessageSerializer.Deserialize("""{"type":"data","source":"location","data":{"locations":[]}}""")).Data.Locations.Should().BeEmpty();
        ((LocationEvent)LiveDataMessageSerializer.Deserialize("""{"type":"data","source":"location","data":{"locations":null}}""")).Data.Locations.Should().BeNull();
    }

    [Fact]
    public void Deserialize_LocationFrameWithManySamples_KeepsAllInOrder()
    {
        var samples = string.Join(",", Enumerable.Range(0, 40).Select(i => $$"""{"pid":{{i}},"x":{{i}}.5}"""));
        var frame = ((LocationEvent)LiveDataMessageSerializer.Deserialize("""{"type":"data","source":"location","data":{"locations":[""" + samples + "]}}")).Data;

        frame.Locations.Should().HaveCount(40);
        frame.Locations!.Select(l => l.PlayerId).Should().Equal(Enumerable.Range(0, 40).Select(i => (long?)i));
        frame.Locations![39].X.Should().Be(39.5);
    }
}
