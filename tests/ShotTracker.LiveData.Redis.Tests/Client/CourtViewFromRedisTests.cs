using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Samples.CourtView;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>The CourtView sample reading a game from Redis (<c>--redis</c>, <c>--game</c>) that a relay wrote from the emulator.</summary>
public sealed class CourtViewFromRedisTests
{
    [Fact]
    public async Task CourtView_WithRedis_ShowsTheRelayedGameToItsEndWithTheEmulatorsScore()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = SyntheticGameOptions.Short(7), Pace = LiveDataReplayPace.AsFastAsPossible });
        await using (var harness = await RelayHarness.StartAsync(emulator, redis))
        {
            await harness.WaitForGamesEndedAsync();
        }

        await using var app = await CourtViewApp.StartAsync(["--redis", redis.Configuration, "--game", "g1", "--port", "0"], TextWriter.Null, CancellationToken.None);
        await app.Feed.DefaultTimeout();

        app.Relay.Current.Link.Should().Be(RelayLink.Final, "the relay's end marker ends the page's stream as the service's close does");
        var truth = emulator.BoxScore!;
        app.Relay.Game.Teams.ToDictionary(t => t.Id.ToString(), t => t.Score).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            [truth.Home.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = truth.Home.Points,
            [truth.Away.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = truth.Away.Points,
        });
    }

    [Fact]
    public void CourtViewOptions_RedisWithoutGame_IsRefused()
    {
        new CourtViewOptions { Redis = "localhost" }.Validate().Should().Contain("--game");
        new CourtViewOptions { Redis = "localhost", GameId = "g1" }.Validate().Should().BeNull("no token is needed behind a relay");
        new CourtViewOptions { Redis = "localhost", GameId = "g1", Demo = true }.Validate().Should().Contain("one of");
    }
}
