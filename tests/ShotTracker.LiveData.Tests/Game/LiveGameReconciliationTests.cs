using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Tests.Infrastructure;
using static ShotTracker.LiveData.Tests.Game.GameEvents;

namespace ShotTracker.LiveData.Tests.Game;

/// <summary>
/// How a broadcast summary is reconciled with the events: as of the summary's own time, adopted only when the
/// difference persists, reported and logged once. Times are milliseconds of the feed (<c>t</c>, <c>at</c>).
/// </summary>
public sealed class LiveGameReconciliationTests
{
    private static readonly TeamId HomeId = TeamId.Parse(Home);
    private static readonly PlayerId Shooter = PlayerId.FromNumber(11);

    [Fact]
    public void Apply_SummaryLagsTheEvents_IsComparedAsOfItsTimeAndNothingMovesBack()
    {
        var logger = new CapturingLogger<LiveGame>();
        var game = Fold(logger, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000), Stat(Home, "11", "TWO_POINT_MAKE", t: 3000));

        var change = game.Apply(SummaryAt(2000, "Q1", 2, 0, ("11", true, 2)));

        (change?.Kinds ?? GameChangeKinds.None).Should().NotHaveFlag(GameChangeKinds.Discrepancy).And.NotHaveFlag(GameChangeKinds.Score);
        game.Current.Team(HomeId)!.Score.Should().Be(4, "the summary reflects 2000 ms, before the second basket");
        game.Apply(SummaryAt(3500, "Q1", 4, 0, ("11", true, 4)));
        game.Apply(Stat(Home, "12", "FOUL", t: 20_000));
        game.Current.Team(HomeId)!.Score.Should().Be(4);
        game.Current.Discrepancies.Should().BeEmpty();
        logger.Lines.Should().NotContain(l => l.Id.Id == 40);
    }

    [Fact]
    public void Apply_DifferenceTheEventsCatchUpWith_IsNeverAdoptedReportedOrLogged()
    {
        var logger = new CapturingLogger<LiveGame>();
        var game = Fold(logger, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000));

        var change = game.Apply(SummaryAt(2000, "Q1", 4, 0, ("11", true, 4)));

        (change?.Kinds ?? GameChangeKinds.None).Should().NotHaveFlag(GameChangeKinds.Discrepancy);
        game.Current.Team(HomeId)!.Score.Should().Be(2, "one summary alone is not trusted over the events");
        game.Apply(Stat(Home, "11", "TWO_POINT_MAKE", t: 1500));
        game.Current.Team(HomeId)!.Score.Should().Be(4, "the basket the summary already counted arrived late");
        game.Apply(Stat(Home, "12", "FOUL", t: 8000))!.Discrepancies.Should().BeEmpty("the settle time passed, but the difference had gone");
        game.Apply(SummaryAt(9000, "Q1", 4, 0, ("11", true, 4)));

        game.Current.Team(HomeId)!.Score.Should().Be(4);
        game.Current.Discrepancies.Should().BeEmpty();
        logger.Lines.Should().NotContain(l => l.Id.Id == 40);
    }

    [Fact]
    public void Apply_DifferenceInTheNextSummaryToo_IsAdoptedReportedAndLoggedOnce()
    {
        var logger = new CapturingLogger<LiveGame>();
        var game = Fold(logger, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000));
        game.Apply(SummaryAt(2000, "Q1", 5, 0, ("11", true, 5)));
        game.Current.Team(HomeId)!.Score.Should().Be(2);

        var change = game.Apply(SummaryAt(3000, "Q1", 5, 0, ("11", true, 5)));

        change!.Kinds.Should().HaveFlag(GameChangeKinds.Discrepancy).And.HaveFlag(GameChangeKinds.Score);
        change.Discrepancies.Should().BeEquivalentTo(new[]
        {
            new GameDiscrepancy { TeamId = HomeId, Stat = "PTS", Computed = 2, Summary = 5, SummaryTime = DateTimeOffset.FromUnixTimeMilliseconds(3000) },
            new GameDiscrepancy { TeamId = HomeId, PlayerId = Shooter, Stat = "PTS", Computed = 2, Summary = 5, SummaryTime = DateTimeOffset.FromUnixTimeMilliseconds(3000) },
        });
        game.Current.Team(HomeId)!.Score.Should().Be(5);
        game.Current.Player(Shooter)!.Stats.Points.Should().Be(5);

        game.Apply(SummaryAt(4000, "Q1", 5, 0, ("11", true, 5))).Should().BeNull("the summary agrees with the adopted values");
        game.Apply(Stat(Home, "11", "TWO_POINT_MAKE", t: 4500));
        game.Current.Team(HomeId)!.Score.Should().Be(7, "new events count on top of the adopted value");
        game.Apply(Stat(Home, "12", "FOUL", t: 30_000));
        game.Current.Discrepancies.Should().HaveCount(2);
        logger.Lines.Where(l => l.Id.Id == 40 && l.Level == LogLevel.Warning).Should().HaveCount(2, "each adopted difference is logged once");
        logger.Lines.Should().HaveCount(2);
    }

    [Fact]
    public void Apply_DifferenceOutlastsTheSettleTime_IsAdoptedWithoutAnotherSummary()
    {
        var game = Fold(null, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000));
        game.Apply(SummaryAt(2000, "Q1", 5, 0, ("11", true, 5)));

        game.Apply(Stat(Home, "12", "FOUL", t: 6999))!.Discrepancies.Should().BeEmpty("the default settle time is 5 s of feed time");
        var change = game.Apply(Stat(Home, "13", "FOUL", t: 7000));

        change!.Kinds.Should().HaveFlag(GameChangeKinds.Discrepancy).And.HaveFlag(GameChangeKinds.Score);
        change.Discrepancies.Should().HaveCount(2).And.OnlyContain(d => d.Summary == 5 && d.Computed == 2 && d.SummaryTime == DateTimeOffset.FromUnixTimeMilliseconds(2000));
        game.Current.Team(HomeId)!.Score.Should().Be(5);
    }

    [Fact]
    public void Apply_DifferenceTurnsTheOtherWay_StartsOverInsteadOfAdopting()
    {
        var game = Fold(null, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000));
        game.Apply(SummaryAt(2000, "Q1", 5, 0, ("11", true, 5)));

        game.Apply(SummaryAt(3000, "Q1", 0, 0, ("11", true, 0)))?.Discrepancies.Should().BeEmpty();

        game.Current.Team(HomeId)!.Score.Should().Be(2);
        game.Apply(SummaryAt(4000, "Q1", 0, 0, ("11", true, 0)))!.Discrepancies.Should().HaveCount(2, "the lower value persisted");
        game.Current.Team(HomeId)!.Score.Should().Be(0);
    }

    [Fact]
    public void Apply_OnePayloadStampedHoursAhead_NeitherSettlesATransientDifferenceNorStopsLaterComparisons()
    {
        var logger = new CapturingLogger<LiveGame>();
        var game = Fold(logger, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000));
        game.Apply(SummaryAt(2000, "Q1", 4, 0, ("11", true, 4)));

        game.Apply(Stat(Home, "12", "FOUL", t: 1000 + (5 * 3_600_000)));
        game.Apply(Stat(Home, "11", "TWO_POINT_MAKE", t: 1500));

        game.Current.Team(HomeId)!.Score.Should().Be(4, "the late basket the summary counted, once: the bad stamp settled nothing");
        game.Current.Discrepancies.Should().BeEmpty();
        game.Apply(SummaryAt(3000, "Q1", 7, 0, ("11", true, 7)));
        game.Apply(SummaryAt(4000, "Q1", 7, 0, ("11", true, 7)));
        game.Current.Team(HomeId)!.Score.Should().Be(7, "later summaries are still compared, and a persisting difference adopted");
        logger.Lines.Where(l => l.Id.Id == 40).Should().HaveCount(2, "the team's and the player's points, once each");
    }

    [Fact]
    public void Apply_FinalSummaryDiffers_IsAdoptedAtOnce()
    {
        var game = Fold(null, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000));

        var change = game.Apply(SummaryAt(2000, "COMPLETED", 5, 0, ("11", true, 5)));

        change!.Discrepancies.Should().HaveCount(2);
        game.Current.Team(HomeId)!.Score.Should().Be(5);
    }

    [Fact]
    public void Apply_TheSameSummaryAgainOrAnOlderOne_ConfirmsNothing()
    {
        var game = Fold(null, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000));
        game.Apply(SummaryAt(3000, "Q1", 5, 0, ("11", true, 5)));

        game.Apply(SummaryAt(3000, "Q1", 5, 0, ("11", true, 5)));
        game.Apply(SummaryAt(2500, "Q1", 5, 0, ("11", true, 5)));
        game.Apply(SummaryAt(2600, "Q1", 5, 0, ("11", true, 5)));

        game.Current.Team(HomeId)!.Score.Should().Be(2);
        game.Current.Discrepancies.Should().BeEmpty();
    }

    [Fact]
    public void Apply_EventWithoutTime_CountsAtTheLatestTimeTheFeedShowed()
    {
        var game = Fold(null, Stat(Home, "11", "TWO_POINT_MAKE", t: 1000), Stat(Home, "12", "FOUL", t: 3000), Stat(Home, "11", "TWO_POINT_MAKE", t: null));

        game.Apply(SummaryAt(2000, "Q1", 2, 0, ("11", true, 2)));
        game.Apply(SummaryAt(2500, "Q1", 2, 0, ("11", true, 2)));

        game.Current.Discrepancies.Should().BeEmpty("the basket without a time came after the feed showed 3000 ms, so neither summary counts it");
        game.Current.Team(HomeId)!.Score.Should().Be(4);
    }

    [Fact]
    public void Apply_SettleTimeZero_AdoptsAsOfTheSummarysTimeAtOnce()
    {
        var game = new LiveGame(new LiveGameOptions { BroadcastSummarySettleTime = TimeSpan.Zero });
        foreach (var e in TipOff().Concat([Stat(Home, "11", "TWO_POINT_MAKE", t: 1000), Stat(Home, "11", "TWO_POINT_MAKE", t: 3000)]))
        {
            game.Apply(e);
        }

        game.Apply(SummaryAt(2000, "Q1", 2, 0, ("11", true, 2)))?.Discrepancies.Should().BeEmpty("the summary agrees with the events up to its time");
        game.Apply(SummaryAt(3000, "Q1", 7, 0, ("11", true, 7)))!.Discrepancies.Should().HaveCount(2);
        game.Current.Team(HomeId)!.Score.Should().Be(7);
    }

    [Fact]
    public void Apply_SummaryOlderThanTheLatestLineup_DoesNotPutTheFiveOfItsTimeBackOnCourt()
    {
        var game = Fold(null, Lineup(Home, "11", "12", "13", "14", "16"));

        game.Apply(OnTheFloor(at: 900, "11", "12", "13", "14", "15"));

        game.Current.Player(PlayerId.FromNumber(16))!.OnCourt.Should().BeTrue("the summary reflects a moment before the substitution");
        game.Apply(OnTheFloor(at: 1200, "11", "12", "13", "14", "15"))!.Kinds.Should().HaveFlag(GameChangeKinds.Lineup);
        game.Current.Player(PlayerId.FromNumber(15))!.OnCourt.Should().BeTrue("a summary newer than every lineup report is the latest word");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3601)]
    public void Constructor_SettleTimeOutOfRange_Throws(int seconds)
    {
        var act = () => new LiveGame(new LiveGameOptions { BroadcastSummarySettleTime = TimeSpan.FromSeconds(seconds) });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(LiveGameOptions.BroadcastSummarySettleTime));
    }

    private static LiveDataEvent OnTheFloor(long at, params string[] five)
    {
        var rows = string.Join(",", five.Select(p => $$"""{"player_id":{{p}},"on_the_floor":true}"""));
        return Parse($$$"""{"type":"data","source":"broadcastsummary","data":{"at":{{{at}}},"period":"Q1","game_stats":{"home":{"team":{"team_id":{{{Home}}}},"players":[{{{rows}}}]""" + "}}}}");
    }

    private static LiveGame Fold(ILogger<LiveGame>? logger, params LiveDataEvent[] events)
    {
        var game = new LiveGame(logger: logger);
        foreach (var e in TipOff().Concat(events))
        {
            game.Apply(e);
        }

        return game;
    }
}
