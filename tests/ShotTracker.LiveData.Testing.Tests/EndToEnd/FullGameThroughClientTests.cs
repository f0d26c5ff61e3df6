using System.Globalization;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// The SDK and the emulator together, as an app developer would use them: a whole synthetic game through
/// <see cref="LiveDataClient"/> while the emulator keeps breaking the connection.
/// </summary>
public sealed class FullGameThroughClientTests
{
    [Fact]
    public async Task FullGame_WithForcedDisconnectsAndFragmentedFrames_AddsUpToTheEmulatorsBoxScore()
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = new SyntheticGameOptions { Seed = 11 },
            Pace = LiveDataReplayPace.AsFastAsPossible,
            Faults = new EmulatorFaults { DropEveryMessages = 1_000, MaxFrameBytes = 4_096 },
        }).WithTimeout();
        var options = new LiveDataClientOptions
        {
            Endpoint = emulator.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
            AllowInsecureTransport = true,
            Reconnect = new ReconnectOptions { Delay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
        };
        await using var client = new LiveDataClient(options);

        var received = await CollectAsync(client).WithTimeout(TimeSpan.FromMinutes(2));

        // Exactly once, in order: the sequenced messages received are the emulator's, no more, no fewer.
        var sentSequences = emulator.Timeline.Where(m => m.Sequence is not null).Select(m => m.Sequence!.Value).ToList();
        received.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(sentSequences);
        received.OfType<InvalidLiveDataEvent>().Should().BeEmpty();
        received.OfType<UnknownLiveDataEvent>().Should().BeEmpty();
        emulator.ConnectionsDropped.Should().BeGreaterThan(10, "the emulator dropped the connection every 1,000 messages");
        client.GetStatistics().Reconnects.Should().Be(emulator.ConnectionsDropped);

        // The final box score, computed only from what came through the client, is the emulator's own.
        var truth = emulator.BoxScore!;
        var lastStats = received.OfType<BoxScoreStatsEvent>()
            .Where(e => e.Data.PlayerId is not null)
            .GroupBy(e => e.Data.PlayerId!)
            .ToDictionary(g => long.Parse(g.Key, CultureInfo.InvariantCulture), g => g.Last().Data.Stats!);
        foreach (var player in truth.Home.Players.Concat(truth.Away.Players).Where(p => p.FieldGoalsAttempted + p.FreeThrowsAttempted + p.Rebounds + p.Assists > 0))
        {
            lastStats.Should().ContainKey(player.PlayerId);
            var stats = lastStats[player.PlayerId];
            new[] { stats.Points, stats.FieldGoalsMade, stats.FieldGoalsAttempted, stats.ThreePointersMade, stats.ThreePointersAttempted, stats.FreeThrowsMade, stats.FreeThrowsAttempted, stats.Rebounds, stats.Assists }
                .Should().Equal(
                    new int?[] { player.Points, player.FieldGoalsMade, player.FieldGoalsAttempted, player.ThreePointersMade, player.ThreePointersAttempted, player.FreeThrowsMade, player.FreeThrowsAttempted, player.Rebounds, player.Assists },
                    $"player {player.PlayerId}'s totals must add up");
        }

        foreach (var team in new[] { truth.Home, truth.Away })
        {
            var teamId = team.TeamId.ToString(CultureInfo.InvariantCulture);
            var fromShots = received.OfType<ChartEvent>().Where(e => e.Data.TeamId == teamId).Sum(e => e.Data.Points ?? 0)
                + lastStats.Where(p => truth.Home.Players.Concat(truth.Away.Players).Single(x => x.PlayerId == p.Key).TeamId == team.TeamId).Sum(p => p.Value.FreeThrowsMade ?? 0);
            fromShots.Should().Be(team.Points, "chart points plus free throws made are the team's score");
            received.OfType<BoxScoreStatsEvent>().Last(e => e.Data.TeamId == teamId).Data.TotalStats!.TeamScore.Should().Be(team.Points);
        }

        var finalSummary = received.OfType<BroadcastSummaryEvent>().Last().Data.GameStats!;
        finalSummary.Home!.Team!.Points.Should().Be(truth.Home.Points);
        finalSummary.Away!.Team!.Points.Should().Be(truth.Away.Points);
    }

    private static async Task<List<LiveDataEvent>> CollectAsync(LiveDataClient client)
    {
        var events = new List<LiveDataEvent>();
        await foreach (var e in client.StreamAsync())
        {
            events.Add(e);
        }

        return events;
    }
}
