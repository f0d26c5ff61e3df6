using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class BroadcastSummaryPayloadTests
{
    private static readonly string[] PeriodNames =
    [
        "game_stats", "half_1_stats", "half_2_stats", "quarter_1_stats", "quarter_2_stats", "quarter_3_stats",
        "quarter_4_stats", "ot_1_stats", "ot_2_stats",
    ];

    [Fact]
    public void Deserialize_Fixture_MapsTopLevelAndEveryPeriod()
    {
        var summary = BroadcastSummaryFixture.Load();

        summary.Timestamp.Should().Be(1732500123456L);
        summary.FormattedTimestamp.Should().Be("2024-11-25 02:02:03 UTC");
        summary.Period.Should().Be(Periods.Completed);
        summary.Reference.Should().Be("bsum-6541f3b2");
        summary.GameStats!.Reference.Should().Be("gs-6541f3b2");
        summary.Half1Stats!.Reference.Should().Be("half_1-ref");
        summary.Half2Stats!.Reference.Should().Be("half_2-ref");
        summary.Quarter1Stats!.Reference.Should().Be("quarter_1-ref");
        summary.Quarter2Stats!.Reference.Should().Be("quarter_2-ref");
        summary.Quarter3Stats!.Reference.Should().Be("quarter_3-ref");
        summary.Quarter4Stats!.Reference.Should().Be("quarter_4-ref");
        summary.Overtime1Stats!.Reference.Should().Be("ot_1-ref");

        // Each small period was generated with its 1-based position n: home PTS 10 + n, away PTS 30 + n.
        summary.AllPeriodStats.Select(p => p.Key).Should().Equal(PeriodNames);
        foreach (var (period, n) in summary.AllPeriodStats.Skip(1).Select((p, i) => (p.Value, i + 1)))
        {
            period.Home!.Team!.Points.Should().Be(10 + n);
            period.Home.Players!.Select(p => p.PlayerId).Should().Equal(0L, 100234L);
            period.Home.Players![1].Points.Should().Be(n);
            period.Away!.Team!.Points.Should().Be(30 + n);
            period.Away.Players![0].FieldGoalsMade.Should().Be(12 + n);
            period.Away.Players[1].OnTheFloor.Should().Be(n % 2 == 1);
        }

        summary.AllPeriodStats[^1].Value.Reference.Should().Be("ot_2-ref");
    }

    [Fact]
    public void Deserialize_Fixture_MapsEveryTeamLineField()
    {
        var team = BroadcastSummaryFixture.Load().GameStats!.Home!.Team!;

        team.Should().BeEquivalentTo(new
        {
            TeamId = 5001L,
            ConsumerCode = "KU",
            TeamName = "Kansas Jayhawks",
            TwoPointPercentDisplay = "53.8%",
            FieldGoalsMade = 31,
            FieldGoalsAttempted = 68,
            FieldGoalFraction = "31/68",
            FieldGoalPercentDisplay = "45.6%",
            TwoPointFieldGoalsMade = 22,
            TwoPointFieldGoalsAttempted = 41,
            TwoPointFieldGoalFraction = "22/41",
            TwoPointFieldGoalPercentDisplay = "53.7%",
            ThreePointFieldGoalsMade = 9,
            ThreePointFieldGoalsAttempted = 27,
            ThreePointFieldGoalFraction = "9/27",
            ThreePointFieldGoalPercentDisplay = "33.3%",
            FreeThrowsMade = 14,
            FreeThrowsAttempted = 19,
            FreeThrowFraction = "14/19",
            FreeThrowPercentDisplay = "73.7%",
            Points = 85,
            Rebounds = 40,
            OffensiveRebounds = 11,
            DefensiveRebounds = 29,
            Assists = 18,
            Steals = 7,
            Turnovers = 12,
            LiveBallTurnovers = 8,
            DeadBallTurnovers = 4,
            DistanceCentimeters = 2415230.5,
            DistanceMiles = 15.01,
            Blocks = 5,
            Fouls = 16,
            FoulsDrawn = 17,
            PointsInThePaint = 34,
            AssistToTurnoverRate = 1.5,
            SecondChancePoints = 13,
            PointsOffTurnovers = 15,
        });
        team.Shots.Should().BeEquivalentTo(BroadcastSummaryFixture.Zones(1, 0), o => o.WithStrictOrdering());
        team.CatchAndShootShots.Should().BeEquivalentTo(BroadcastSummaryFixture.Zones(2, 0), o => o.WithStrictOrdering());
        team.OffTheDribbleShots.Should().BeEquivalentTo(BroadcastSummaryFixture.Zones(3, 0), o => o.WithStrictOrdering());
        team.TopLineups.Should().BeEquivalentTo(
            new object[]
            {
                new { PlayerIds = new[] { 100234L, 100235L, 100236L, 100237L, 100238L }, PlusMinus = 9, TotalPointsScored = 41, TotalPointsAllowed = 32 },
                new { PlayerIds = new[] { 100234L, 100239L, 100236L, 100240L, 100238L }, PlusMinus = -3, TotalPointsScored = 18, TotalPointsAllowed = 21 },
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Deserialize_Fixture_ReadsTeamShotLocationsInArrayForm()
    {
        var locations = BroadcastSummaryFixture.Load().GameStats!.Home!.Team!.ShotLocations!;

        locations.Made.Should().HaveCount(2);
        locations.Made![0].Should().BeEquivalentTo(new { X = -1250.5, Y = 3400.0, PeakHeight = 4102.3, EntryAngle = 44.8, Depth = 210.5, Velocity = 7.9 });
        locations.Made[1].Should().BeEquivalentTo(new { X = 2210.0, Y = -850.0, PeakHeight = 3950.1, EntryAngle = 46.2, Depth = 180.25, Velocity = 8.4 });
        locations.Missed.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { X = 6100.4, Y = 1200.2, PeakHeight = 4420.0, EntryAngle = 41.3, Depth = -35.5, Velocity = 9.1 });
    }

    [Fact]
    public void Deserialize_Fixture_GroupsPossessionTypeStatsByType()
    {
        var team = BroadcastSummaryFixture.Load().GameStats!.Home!.Team!;

        team.PossessionTypes.Should().BeEquivalentTo(new Dictionary<string, PossessionTypeStats>
        {
            ["OVERALL"] = new()
            {
                FgValue = 31, FgPercent = "45.6%", FgFraction = "31/68", Possessions = 72, Points = 85, TwoPointMade = 22,
                TwoPointAttempted = 41, ThreePointMade = 9, ThreePointAttempted = 27, Turnovers = 12,
                PointsPerPossession = 1.18, FgValueArrow = 1,
            },
            ["TRANSITION"] = new()
            {
                FgValue = 8, FgPercent = "61.5%", FgFraction = "8/13", Possessions = 14, Points = 21, TwoPointMade = 6,
                TwoPointAttempted = 9, ThreePointMade = 2, ThreePointAttempted = 4, Turnovers = 3,
                PointsPerPossession = 1.5, FgValueArrow = -1,
            },
            ["PT0_BR0"] = new()
            {
                FgValue = 5, FgPercent = "38.5%", FgFraction = "5/13", Possessions = 19, Points = 13, TwoPointMade = 4,
                TwoPointAttempted = 7, ThreePointMade = 1, ThreePointAttempted = 6, Turnovers = 2,
                PointsPerPossession = 0.68, FgValueArrow = 0,
            },
        });
    }

    [Fact]
    public void Deserialize_Fixture_MapsEveryPlayerLineField()
    {
        var player = BroadcastSummaryFixture.Load().GameStats!.Home!.Players![1];

        player.IsTeamRow.Should().BeFalse();
        player.Should().BeEquivalentTo(new
        {
            PlayerId = 100234L,
            ConsumerCode = "KU-23",
            JerseyNumber = 23,
            FirstName = "Jalen",
            LastName = "Wilson",
            PositionAbbreviation = "F",
            SensorId = 4417L,
            OnTheFloor = true,
            TwoPointPercentDisplay = "57.2%",
            FieldGoalsMade = 12,
            FieldGoalsAttempted = 25,
            FieldGoalFraction = "12/25",
            FieldGoalPercentDisplay = "48.0%",
            TwoPointFieldGoalsMade = 8,
            TwoPointFieldGoalsAttempted = 14,
            TwoPointFieldGoalFraction = "8/14",
            TwoPointFieldGoalPercentDisplay = "57.1%",
            ThreePointFieldGoalsMade = 4,
            ThreePointFieldGoalsAttempted = 11,
            ThreePointFieldGoalFraction = "4/11",
            ThreePointFieldGoalPercentDisplay = "36.4%",
            FreeThrowsMade = 7,
            FreeThrowsAttempted = 9,
            FreeThrowFraction = "7/9",
            FreeThrowPercentDisplay = "77.8%",
            PlusMinus = 16,
            Points = 35,
            Rebounds = 13,
            OffensiveRebounds = 3,
            DefensiveRebounds = 10,
            Assists = 6,
            Steals = 2,
            Turnovers = 5,
            LiveBallTurnovers = 1,
            DeadBallTurnovers = 0,
            DistanceCentimeters = 512345.6,
            DistanceMiles = 3.18,
            Blocks = 17,
            Fouls = 18,
            FoulsDrawn = 19,
            PointsInThePaint = 20,
            AssistToTurnoverRate = 1.2,
            SeasonStats = new { FreeThrowsMade = 88, FreeThrowsAttempted = 112, FreeThrowFraction = "88/112", FreeThrowPercentDisplay = "78.6%" },
        });
        player.Shots.Should().BeEquivalentTo(BroadcastSummaryFixture.Zones(1, 1), o => o.WithStrictOrdering());
        player.CatchAndShootShots.Should().BeEquivalentTo(BroadcastSummaryFixture.Zones(2, 1), o => o.WithStrictOrdering());
        player.OffTheDribbleShots.Should().BeEquivalentTo(BroadcastSummaryFixture.Zones(3, 1), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Deserialize_Fixture_ReadsPlayerShotLocationsInObjectForm()
    {
        var locations = BroadcastSummaryFixture.Load().GameStats!.Home!.Players![1].ShotLocations!;

        locations.Made.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { X = 1520.5, Y = -640.25, PeakHeight = 4012.5, EntryAngle = 45.1, Depth = 195.0, Velocity = 7.6 });
        locations.Missed.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { X = -5980.0, Y = 2204.75, PeakHeight = 4388.2, EntryAngle = 39.9, Depth = -60.5, Velocity = 9.35 });
    }

    [Fact]
    public void Deserialize_Fixture_ReadsTeamRowConventions()
    {
        var game = BroadcastSummaryFixture.Load().GameStats!;

        foreach (var (side, code, points) in new[] { (game.Home!, "KU", 85), (game.Away!, "BAY", 80) })
        {
            var row = side.Players![0];
            row.IsTeamRow.Should().BeTrue();
            row.Should().BeEquivalentTo(new
            {
                PlayerId = 0L,
                ConsumerCode = code,
                JerseyNumber = -1,
                FirstName = (string?)null,
                LastName = (string?)null,
                PositionAbbreviation = (string?)null,
                SensorId = 0L,
                OnTheFloor = false,
                Points = points,
            });
        }

        game.Away!.Team.Should().BeEquivalentTo(new { TeamId = 5002L, ConsumerCode = "BAY", TeamName = "Baylor Bears", FieldGoalsMade = 29, FieldGoalsAttempted = 70, Points = 80 });
        game.Away.Players![1].Should().BeEquivalentTo(new { PlayerId = 200117L, JerseyNumber = 4, FirstName = "Ja'Kobe", LastName = "Walter", PositionAbbreviation = "G", SensorId = 4502L, OnTheFloor = false, Points = 19 });
    }
}
