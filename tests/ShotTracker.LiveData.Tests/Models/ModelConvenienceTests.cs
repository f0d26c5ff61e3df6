using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Tests.Models;

/// <summary>The typed properties next to the raw string and millisecond fields.</summary>
public sealed class ModelConvenienceTests
{
    [Theory]
    [InlineData("9", "05", "3", "00:09:05.3")]
    [InlineData("0", "59", "05", "00:00:59.05")]
    [InlineData(null, "7", null, "00:00:07")]
    [InlineData("12", "00", "0", "00:12:00")]
    public void ClockData_GameClock_ReadsMinutesSecondsAndFraction(string? min, string sec, string? sub, string expected)
    {
        new ClockData { Minutes = min, Seconds = sec, SubSeconds = sub }.GameClock.Should().Be(TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ClockData_Unreadable_IsNullAndRawKept()
    {
        var clock = new ClockData { Minutes = "x", Seconds = "05", ShotClockSeconds = null, State = "SOMETHING" };

        clock.GameClock.Should().BeNull();
        clock.ShotClock.Should().BeNull();
        clock.IsRunning.Should().BeNull();
        clock.Minutes.Should().Be("x");
        new ClockData { Seconds = "14", ShotClockSeconds = "14", ShotClockSubSeconds = "5", State = "STOPPED", Period = "Q2" }
            .Should().BeEquivalentTo(new { ShotClock = (TimeSpan?)TimeSpan.FromSeconds(14.5), IsRunning = (bool?)false, GamePeriod = (GamePeriod?)GamePeriod.Parse("Q2") });
    }

    [Fact]
    public void TimestampsAndMilliseconds_AsDateTimeOffsetAndTimeSpan()
    {
        var at = new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
        new ChartData { Timestamp = at.ToUnixTimeMilliseconds() }.Time.Should().Be(at);
        new BoxScoreStatsData { Timestamp = at.ToUnixTimeMilliseconds() }.Time.Should().Be(at);
        new Possession { StartTimestamp = at.ToUnixTimeMilliseconds() }.StartTime.Should().Be(at);
        new ChartData { Timestamp = long.MaxValue }.Time.Should().BeNull("out of range is absent, never an exception");
        var location = new LocationData { GameClockMilliseconds = 65_500, ShotClockMilliseconds = 14_000, Period = "OT" };
        location.GameClock.Should().Be(TimeSpan.FromSeconds(65.5));
        location.ShotClock.Should().Be(TimeSpan.FromSeconds(14));
        location.GamePeriod!.Value.Kind.Should().Be(GamePeriodKind.Overtime);
    }

    [Fact]
    public void MarkerDetails_LineupPlayers_TypedFromStringsOrNumbers()
    {
        var marker = (MarkerEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"marker","seq":3,"data":{"t":1,"status":"LINEUP","data":{"teamId":5120,"players":["101",102,null]}}}""");

        marker.Data.Details!.LineupTeamId.Should().Be("5120");
        marker.Data.Details.LineupPlayers.Should().Equal("101", "102");
        LiveDataMessageSerializer.SerializeToString(marker).Should().Contain("\"players\":[\"101\",102,null]", "the raw fields are written back unchanged");
    }
}
