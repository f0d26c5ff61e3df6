using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Tests.Game;

public sealed class GamePeriodTests
{
    [Fact]
    public void CompareTo_PeriodsOrderAsTheGameRuns_UnknownKeptAndLast()
    {
        var codes = new[] { "COMPLETED", "OT2", "Q3", "ZZ9", "PRE", "HT", "END", "OT", "Q1", "Q4", "Q2", "TP" };

        codes.Select(GamePeriod.Parse).Order().Select(p => p.Code).Should().Equal("TP", "PRE", "Q1", "Q2", "HT", "Q3", "Q4", "OT", "OT2", "END", "COMPLETED", "ZZ9");
        new[] { "H2", "HT", "H1" }.Select(GamePeriod.Parse).Order().Select(p => p.Code).Should().Equal("H1", "HT", "H2");
    }

    [Theory]
    [InlineData("Q3", GamePeriodKind.Quarter, 3, true)]
    [InlineData("H1", GamePeriodKind.Half, 1, true)]
    [InlineData("OT", GamePeriodKind.Overtime, 1, true)]
    [InlineData("OT3", GamePeriodKind.Overtime, 3, true)]
    [InlineData("HT", GamePeriodKind.HalfTime, 0, false)]
    [InlineData("COMPLETED", GamePeriodKind.Completed, 0, false)]
    [InlineData("Q", GamePeriodKind.Unknown, 0, false)]
    [InlineData("q1", GamePeriodKind.Unknown, 0, false)]
    public void Parse_DocumentedAndUnknownCodes(string code, GamePeriodKind kind, int number, bool playing)
    {
        var period = GamePeriod.Parse(code);

        period.Should().BeEquivalentTo(new { Code = code, Kind = kind, Number = number, IsPlayingPeriod = playing });
        period.ToString().Should().Be(code);
        (period == GamePeriod.Parse(code)).Should().BeTrue();
    }

    [Fact]
    public void FromCode_Absent_IsNull()
    {
        GamePeriod.FromCode(null).Should().BeNull();
        GamePeriod.FromCode(string.Empty).Should().BeNull();
    }
}
