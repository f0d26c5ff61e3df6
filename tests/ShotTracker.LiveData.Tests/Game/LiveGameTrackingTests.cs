using System.Globalization;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;
using static ShotTracker.LiveData.Tests.Game.GameEvents;

namespace ShotTracker.LiveData.Tests.Game;

/// <summary>Speeds, distances and time on court folded from location frames, clocks and lineups.</summary>
public sealed class LiveGameTrackingTests
{
    private static readonly PlayerId P11 = PlayerId.FromNumber(11);
    private static readonly PlayerId P12 = PlayerId.FromNumber(12);
    private static readonly PlayerId P16 = PlayerId.FromNumber(16);
    private static readonly GamePeriod Q1 = GamePeriod.Parse("Q1");
    private static readonly GamePeriod Q2 = GamePeriod.Parse("Q2");

    [Fact]
    public void Frames_SpeedTopSpeedAndRunningDistance_PerPeriodAndGame()
    {
        var game = new LiveGame();
        Fold(game,
            Frame("Q1", 600_000, 10_000, (11, 0.0, 0.5)),
            Frame("Q1", 599_000, 11_000, (11, 3.1, 2.5)),
            Frame("Q1", 598_000, 12_000, (11, 6.2, 5.0)),
            Frame("Q1", 597_000, 13_000, (11, 1.0, 6.0)),
            Frame("Q2", 600_000, 90_000, (11, 2.0, 6.4)),
            Frame("Q2", 599_000, 91_000, (11, 4.0, 9.4)));

        var tracking = game.Current.TrackingOf(P11)!;
        tracking.Speed.Should().Be(4.0, "the latest frame's speed");
        tracking.Game.TopSpeed.Should().Be(6.2);
        tracking.Game.Distance.Should().Be(9.4, "dist is a running count: the game's distance is its latest reading");
        tracking.Period(Q1)!.TopSpeed.Should().Be(6.2);
        tracking.Period(Q1)!.Distance.Should().BeApproximately(5.5, 1e-9, "from the first reading in Q1 (0.5) to the last (6.0)");
        tracking.Period(Q2)!.TopSpeed.Should().Be(4.0);
        tracking.Period(Q2)!.Distance.Should().BeApproximately(3.0, 1e-9, "the 0.4 between Q1's last reading and Q2's first belongs to neither period");
        tracking.Periods.Select(p => p.Period).Should().Equal(Q1, Q2);
        game.Current.TrackingOf(PlayerId.FromNumber(99)).Should().BeNull("no frame or lineup named that player");
    }

    [Fact]
    public void Frame_PlayerMissing_InventsNoDistanceAndNoTime()
    {
        var game = new LiveGame();
        Fold(game,
            Frame("Q1", 600_000, 10_000, (11, 3.0, 10.0), (12, 2.0, 4.0)),
            Frame("Q1", 599_000, 11_000, (11, 3.0, 11.0), (12, 2.0, 5.0)),
            Frame("Q1", 598_000, 12_000, (12, 2.0, 6.0)));

        var missing = game.Current.TrackingOf(P11)!;
        missing.Speed.Should().BeNull("the latest frame did not carry the player");
        missing.Game.TopSpeed.Should().Be(3.0);
        missing.Period(Q1)!.TimeOnCourt.Should().Be(TimeSpan.FromSeconds(1), "with no lineup named, the frames say who is on court, and the last one did not have 11");

        Fold(game, Frame("Q1", 597_000, 13_000, (11, 4.0, 14.0), (12, 2.0, 7.0)));

        var back = game.Current.TrackingOf(P11)!;
        back.Period(Q1)!.Distance.Should().BeApproximately(4.0, 1e-9, "10 to 14: the missing frame loses nothing and adds nothing (read per frame it would be 25)");
        back.Game.Distance.Should().Be(14.0);
        back.Period(Q1)!.TimeOnCourt.Should().Be(TimeSpan.FromSeconds(2));
        game.Current.TrackingOf(P12)!.Period(Q1)!.TimeOnCourt.Should().Be(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void Minutes_FromSubstitutionsAcrossPeriods_OnTheGameClock()
    {
        var game = new LiveGame();
        Fold(game, TipOff());
        Fold(game,
            Frame("Q1", 600_000, 10_000, (11, 1, 0)),
            Frame("Q1", 599_000, 11_000, (11, 1, 0)),
            LineupAt(11_500, Home, "16", "12", "13", "14", "15"),
            Frame("Q1", 598_000, 12_000, (16, 1, 0)),
            Clock("Q1", "0", "00", state: "STOPPED"),
            Clock("Q2", "10", "00"),
            Clock("Q2", "9", "59", state: "STARTED"),
            Clock("Q2", "9", "58", state: "STOPPED"),
            Clock("Q2", "9", "58", state: "STOPPED"));

        var now = game.Current;
        Minutes(now, P11).Should().Equal(1.5, 0);
        Minutes(now, P16).Should().Equal(0.5, 2);
        Minutes(now, P12).Should().Equal(2, 2);
        now.TrackingOf(P11)!.Game.TimeOnCourt.Should().Be(TimeSpan.FromSeconds(1.5), "the substitution's own game clock (8:58.5 by the frames) splits the second");
        now.TrackingOf(P12)!.Game.TimeOnCourt.Should().Be(TimeSpan.FromSeconds(4));
        var awayTotal = AwayFive.Sum(p => now.TrackingOf(PlayerId.Parse(p))!.Game.TimeOnCourt.TotalSeconds);
        awayTotal.Should().Be(5 * 4, "Q1's clock from 10:00 to 9:58 and Q2's two seconds, the 9:58 to 0:00 jump left out");
    }

    [Fact]
    public void Gap_AfterReconnect_CreditsNoTimeAcrossIt()
    {
        var game = new LiveGame();
        Fold(game, TipOff());
        Fold(game,
            Frame("Q1", 600_000, 10_000, (11, 1, 5)),
            Frame("Q1", 599_000, 11_000, (11, 1, 6)),
            new LiveDataGapEvent { Sources = [LiveDataSource.Location], From = DateTimeOffset.UnixEpoch, To = DateTimeOffset.UnixEpoch.AddSeconds(1) },
            Frame("Q1", 598_500, 11_500, (11, 1, 8)),
            Frame("Q1", 597_500, 12_500, (11, 1, 9)));

        var tracking = game.Current.TrackingOf(P11)!;
        tracking.Game.TimeOnCourt.Should().Be(TimeSpan.FromSeconds(2), "the half second across the gap is nobody's: who was on court then is unknown");
        tracking.Period(Q1)!.Distance.Should().BeApproximately(4, 1e-9, "the running count says 4 were covered in Q1, gap or not, and no more");

        // The location stream resuming without a gap event: the clock jumped by more than two seconds.
        Fold(game, Frame("Q1", 560_000, 50_000, (11, 1, 30)), Frame("Q1", 559_000, 51_000, (11, 1, 31)));
        game.Current.TrackingOf(P11)!.Game.TimeOnCourt.Should().Be(TimeSpan.FromSeconds(3), "a 37.5 s jump of the clock credits nothing");
    }

    [Fact]
    public void Frame_RunningDistanceGoesDown_IsTakenAsRestartedAndCreditsNothing()
    {
        var game = new LiveGame();
        Fold(game, Frame("Q1", 600_000, 10_000, (11, 1, 50)), Frame("Q1", 599_000, 11_000, (11, 1, 52)), Frame("Q1", 598_000, 12_000, (11, 1, 1)), Frame("Q1", 597_000, 13_000, (11, 1, 3)));

        var tracking = game.Current.TrackingOf(P11)!;
        tracking.Period(Q1)!.Distance.Should().BeApproximately(4, 1e-9, "50 to 52, then a restart at 1, then 1 to 3");
        tracking.Game.Distance.Should().BeApproximately(54, 1e-9);
    }

    [Fact]
    public void Snapshot_KeepsItsTracking_WhileLaterFramesFold()
    {
        var game = new LiveGame();
        Fold(game, Frame("Q1", 600_000, 10_000, (11, 2, 1)));
        var before = game.Current;

        Fold(game, Frame("Q1", 599_000, 11_000, (11, 5, 4)));

        before.TrackingOf(P11)!.Speed.Should().Be(2, "a snapshot is immutable");
        before.TrackingOf(P11)!.Game.Distance.Should().Be(1);
        game.Current.TrackingOf(P11)!.Speed.Should().Be(5);
    }

    private static double[] Minutes(GameSnapshot snapshot, PlayerId player) =>
        snapshot.TrackingOf(player)!.Periods.Select(p => p.TimeOnCourt.TotalSeconds).ToArray();

    private static void Fold(LiveGame game, params IEnumerable<LiveDataEvent>[] groups)
    {
        foreach (var e in groups.SelectMany(g => g))
        {
            game.Apply(e);
        }
    }

    private static void Fold(LiveGame game, params LiveDataEvent[] events) => Fold(game, (IEnumerable<LiveDataEvent>)events);

    private static LiveDataEvent LineupAt(long timestamp, string team, params string[] players) => Parse(
        $$$"""{"type":"data","source":"marker","seq":{{{timestamp}}},"data":{"t":{{{timestamp}}},"gameId":"g1","status":"LINEUP","data":{"teamId":"{{{team}}}","players":[{{{string.Join(",", players.Select(p => $"\"{p}\""))}}}]} } }""");

    private static LiveDataEvent Frame(string period, long gameClockMs, long timestamp, params (long Player, double Speed, double Distance)[] players)
    {
        string Sample((long Player, double Speed, double Distance) p) => string.Create(CultureInfo.InvariantCulture,
            $$$"""{"t":{{{timestamp}}},"type":"PLAYER","pid":{{{p.Player}}},"tid":{{{(p.Player < 20 ? Home : Away)}}},"x":1,"y":2,"z":3,"speed":{{{p.Speed}}},"dist":{{{p.Distance}}} }""");
        return Parse(string.Create(CultureInfo.InvariantCulture,
            $$$"""{"type":"data","source":"location","data":{"gcms":{{{gameClockMs}}},"scms":14000,"cr":true,"period":"{{{period}}}","locations":[{{{string.Join(",", players.Select(Sample))}}}{{{(players.Length > 0 ? "," : "")}}}{"t":{{{timestamp}}},"type":"BALL","bid":"b1","x":0,"y":0,"z":0}]}}"""));
    }
}
