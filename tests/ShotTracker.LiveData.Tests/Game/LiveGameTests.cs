using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Tests.Infrastructure;
using static ShotTracker.LiveData.Tests.Game.GameEvents;

namespace ShotTracker.LiveData.Tests.Game;

public sealed class LiveGameTests
{
    private static readonly TeamId HomeId = TeamId.Parse(Home);
    private static readonly TeamId AwayId = TeamId.Parse(Away);

    [Fact]
    public void Apply_BoxScoreEvents_ScoreBoxScoreAndPlusMinusFollow()
    {
        var game = Fold(TipOff().Concat([
            Stat(Home, "11", "THREE_POINT_MAKE"),
            Stat(Home, "12", "ASSIST"),
            Stat(Away, "21", "TWO_POINT_MISS"),
            Stat(Home, "13", "DEFENSIVE_REBOUND"),
            Stat(Away, "22", "FOUL"),
            Stat(Home, "13", "FREE_THROW_MAKE"),
            Stat(Home, "13", "FREE_THROW_MISS"),
        ]));

        var current = game.Current;
        current.Team(HomeId)!.Score.Should().Be(4);
        current.Team(AwayId)!.Score.Should().Be(0);
        current.Team(AwayId)!.PeriodFouls.Should().Be(1);
        current.Team(HomeId)!.Stats.PlusMinus.Should().Be(4);
        current.Player(PlayerId.Parse("11"))!.Stats.Should().BeEquivalentTo(new { Points = 3, FieldGoalsMade = 1, FieldGoalsAttempted = 1, ThreePointersMade = 1, ThreePointersAttempted = 1, PlusMinus = 4 });
        current.Player(PlayerId.Parse("13"))!.Stats.Should().BeEquivalentTo(new { Points = 1, FreeThrowsMade = 1, FreeThrowsAttempted = 2, Rebounds = 1, DefensiveRebounds = 1 });
        current.Player(PlayerId.Parse("21"))!.Stats.PlusMinus.Should().Be(-4);
        current.Plays.Select(p => p.GetType().Name).Should().Equal("ShotPlay", "AssistPlay", "ShotPlay", "ReboundPlay", "FoulPlay", "ShotPlay", "ShotPlay");
        current.Possession.Should().Be(HomeId, "the home team is shooting free throws");
    }

    [Fact]
    public void Apply_SamePlayerFromEverySource_IsOnePlayerId()
    {
        var game = Fold(TipOff().Concat([
            Stat(Home, "0011", "TWO_POINT_MAKE"),
            Location("Q1", 590_000, (11, 5001), (12, 5001), (13, 5001), (14, 5001), (16, 5001)),
            Summary("Q1", 2, 0, ("11", true, 2)),
        ]));

        PlayerId.Parse("0011").Should().Be(PlayerId.FromNumber(11));
        var player = game.Current.Player(PlayerId.FromNumber(11))!;
        player.Should().BeEquivalentTo(new { LastName = "Last11", JerseyNumber = 11, OnCourt = true, TeamId = (TeamId?)HomeId });
        player.Stats.Points.Should().Be(2);
        game.Current.Team(HomeId)!.OnCourt.Should().BeEquivalentTo(new[] { 11L, 12, 13, 14, 16 }.Select(PlayerId.FromNumber), "the location frame shows 16 on court for 15");
        game.Current.Players.Values.Where(p => p.TeamId == HomeId).Should().HaveCount(6);
    }

    [Fact]
    public void Apply_TeamsAndClocks_AreTyped()
    {
        var game = Fold(TipOff().Concat([Clock("Q2", "7", "05"), Summary("Q2", 0, 0)]));

        var current = game.Current;
        current.Status.Should().Be(GameStatus.Live);
        current.Period!.Value.Code.Should().Be("Q2");
        current.GameClock.Should().Be(TimeSpan.FromSeconds((7 * 60) + 5));
        current.ShotClock.Should().Be(TimeSpan.FromSeconds(14));
        current.IsClockRunning.Should().BeTrue();
        current.Home!.Should().BeEquivalentTo(new { Id = HomeId, Name = "Omaha Owls", JerseyColor = "#1E3A8A", Side = TeamSide.Home });
        current.Away!.Should().BeEquivalentTo(new { Id = AwayId, Name = "Tulsa Foxes", JerseyColor = "#B91C1C", Side = TeamSide.Away });
        current.Teams.Select(t => t.Id).Should().Equal(HomeId, AwayId);
    }

    [Theory]
    [InlineData("Q1", GameStatus.PeriodBreak)]
    [InlineData("Q2", GameStatus.Halftime)]
    [InlineData("H1", GameStatus.Halftime)]
    [InlineData("Q4", GameStatus.PeriodBreak)]
    public void Apply_ClockStopsAtZero_IsABreak(string period, GameStatus expected)
    {
        var game = Fold(TipOff().Concat([Clock(period, "0", "00", state: "STOPPED", shotSec: null)]));

        game.Current.Status.Should().Be(expected);
        game.Current.ShotClock.Should().BeNull();
        game.Apply(Clock(period == "H1" ? "H2" : "Q3", "10", "00"))!.Kinds.Should().HaveFlag(GameChangeKinds.Status);
        game.Current.Status.Should().Be(GameStatus.Live);
    }

    [Fact]
    public void Apply_StatusThroughTheGame_NotStartedLiveHalftimeFinal()
    {
        var game = new LiveGame();
        game.Current.Status.Should().Be(GameStatus.NotStarted);
        game.Apply(Clock("Q1", "10", "00"));
        game.Current.Status.Should().Be(GameStatus.Live);
        game.Apply(Summary("HT", 0, 0));
        game.Current.Status.Should().Be(GameStatus.Live, "a running clock outranks a summary's period");
        game.Apply(Clock("Q2", "0", "00", state: "STOPPED"));
        game.Apply(Summary("HT", 0, 0));
        game.Current.Status.Should().Be(GameStatus.Halftime);
        game.Apply(Summary("COMPLETED", 0, 0))!.Kinds.Should().HaveFlag(GameChangeKinds.Status);
        game.Current.Status.Should().Be(GameStatus.Final);
        game.Current.Period!.Value.Code.Should().Be("Q2", "the period is the last one played");
    }

    [Fact]
    public void Apply_CorrectionWithHigherVersion_ReplacesTheEventAndTotalsFollow()
    {
        var game = Fold(TipOff().Concat([Stat(Home, "11", "TWO_POINT_MAKE", eventId: "x1")]));
        game.Current.Team(HomeId)!.Score.Should().Be(2);

        game.Apply(Stat(Home, "11", "THREE_POINT_MAKE", eventId: "x1", version: 2))!.Kinds.Should().HaveFlag(GameChangeKinds.Score);
        game.Current.Team(HomeId)!.Score.Should().Be(3);
        game.Current.Plays.Should().ContainSingle().Which.Should().BeOfType<ShotPlay>().Which.Kind.Should().Be(ShotKind.ThreePointer);

        game.Apply(Stat(Home, "11", "TWO_POINT_MAKE", eventId: "x1", version: 1)).Should().BeNull("an older version is stale");
        game.Apply(Stat(Home, "12", "TWO_POINT_MISS", eventId: "x1", version: 3));
        game.Current.Team(HomeId)!.Score.Should().Be(0);
        game.Current.Player(PlayerId.Parse("11"))!.Stats.FieldGoalsAttempted.Should().Be(0, "the attempt moved to player 12");
        game.Current.Player(PlayerId.Parse("12"))!.Stats.FieldGoalsAttempted.Should().Be(1);
        game.Current.Player(PlayerId.Parse("14"))!.Stats.PlusMinus.Should().Be(0, "plus-minus follows the corrected score");
    }

    [Fact]
    public void Apply_ChartOnlyFeed_RetractedShotTakesItsPointsBack()
    {
        var game = Fold(TipOff().Concat([Shot(Home, "11", made: true, three: true, eventId: "c1"), Shot(Away, "21", made: true, eventId: "c2")]));
        game.Current.Team(HomeId)!.Score.Should().Be(3);

        var change = game.Apply(Shot(Home, "11", made: true, three: true, eventId: "c1", status: "DELETED"));

        change!.Kinds.Should().HaveFlag(GameChangeKinds.Score).And.HaveFlag(GameChangeKinds.Play);
        game.Current.Team(HomeId)!.Score.Should().Be(0);
        game.Current.Plays.OfType<ShotPlay>().First().Retracted.Should().BeTrue();
        game.Current.Plays.Should().HaveCount(2);
        game.Current.Team(AwayId)!.Score.Should().Be(2);
    }

    [Fact]
    public void Apply_LineupMarkers_SubstitutionPlayAndOnCourt()
    {
        var game = Fold(TipOff());

        var change = game.Apply(Lineup(Home, "11", "12", "13", "14", "16"));

        change!.Kinds.Should().HaveFlag(GameChangeKinds.Lineup).And.HaveFlag(GameChangeKinds.Play);
        var play = change.Plays.Should().ContainSingle().Which.Should().BeOfType<SubstitutionPlay>().Subject;
        play.Entering.Should().Equal(PlayerId.FromNumber(16));
        play.Leaving.Should().Equal(PlayerId.FromNumber(15));
        game.Current.Player(PlayerId.FromNumber(15))!.OnCourt.Should().BeFalse();
        game.Current.Player(PlayerId.FromNumber(16))!.OnCourt.Should().BeTrue();
        game.Apply(Lineup(Home, "16", "11", "12", "13", "14")).Should().BeNull("the same five in another order is no change");
    }

    [Fact]
    public void Apply_PossessionsAndShotPlayers_KeepWhoIsOnCourtCurrent()
    {
        var game = Fold(TipOff());

        game.Apply(Parse("""{"type":"data","source":"possessions","seq":900,"data":{"state":"IN_PROGRESS","possession":{"teamId":"5002","lineupPlayers":["21","22","23","24","26"],"opponentLineupPlayers":["11","12","13","14","17"]}}}"""))!
            .Kinds.Should().HaveFlag(GameChangeKinds.Lineup);
        game.Current.Possession.Should().Be(AwayId);
        game.Current.Team(AwayId)!.OnCourt.Should().Contain(PlayerId.FromNumber(26)).And.NotContain(PlayerId.FromNumber(25));
        game.Current.Team(HomeId)!.OnCourt.Should().Contain(PlayerId.FromNumber(17));

        game.Apply(Parse("""{"type":"data","source":"chart","seq":901,"data":{"eid":"s9","pid":"21","tid":"5002","st":"MISS","is3":false,"pts":0,"players":["11","12","13","14","15","21","22","23","24","25"]}}"""));
        game.Current.Team(AwayId)!.OnCourt.Should().Contain(PlayerId.FromNumber(25)).And.NotContain(PlayerId.FromNumber(26));
        game.Current.Team(HomeId)!.OnCourt.Should().Contain(PlayerId.FromNumber(15)).And.NotContain(PlayerId.FromNumber(17));
        game.Current.Possession.Should().Be(AwayId, "a missed shot leaves the ball with the shooting team until the rebound");
    }

    [Fact]
    public void Apply_AnythingAtAll_NeverThrows()
    {
        var game = new LiveGame();
        var junk = new[]
        {
            """{"type":"data","source":"chart","data":{}}""",
            """{"type":"data","source":"boxscorestatsv2","data":{"classification":"SOMETHING_NEW","pid":"x-y","tid":""}}""",
            """{"type":"data","source":"boxscorestatsv2","data":{"classification":"TWO_POINT_MAKE","act":"TEAM","tid":"7"}}""",
            """{"type":"data","source":"marker","data":{"status":"LINEUP","data":{"teamId":null,"players":"nope"}}}""",
            """{"type":"data","source":"marker","data":{"status":"LINEUP","data":{"teamId":5,"players":[1,"2",null,{}]}}}""",
            """{"type":"data","source":"possessions","data":{"possession":{"teamId":"9","lineupPlayers":["1","1"]}}}""",
            """{"type":"data","source":"clock","data":{"period":"Q9","min":"x","sec":"-1","subSec":"999999999"}}""",
            """{"type":"data","source":"location","data":{"gcms":-5,"period":"ZZ","locations":[{"type":"PLAYER"},{"type":"PLAYER","pid":3,"tid":4}]}}""",
            """{"type":"data","source":"broadcastsummary","data":{"period":"OT7","game_stats":{"home":{"players":[{"player_id":1}]},"away":{"team":{}}}}}""",
            """{"type":"data","source":"emulatorunknownsource","data":{}}""",
            """{"type":"pong"}""",
        };

        foreach (var json in junk)
        {
            game.Apply(Parse(json));
        }

        game.Current.EventCount.Should().Be(junk.Length);
        game.Current.Period!.Value.Code.Should().Be("OT7");
    }

    private static LiveGame Fold(IEnumerable<LiveDataEvent> events, ILogger<LiveGame>? logger = null)
    {
        var game = new LiveGame(logger: logger);
        foreach (var e in events)
        {
            game.Apply(e);
        }

        return game;
    }
}
