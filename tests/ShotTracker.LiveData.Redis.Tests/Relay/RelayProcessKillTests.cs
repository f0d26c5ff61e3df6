using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>
/// Relay processes (samples/RelayHost) killed with SIGKILL mid-game: the stream in Redis is where the next one goes on,
/// and a redundant one carries the game for the consumers without a seq lost or repeated.
/// </summary>
public sealed class RelayProcessKillTests
{
    [Fact]
    public async Task RelayProcess_KilledWithSigkillMidGame_TheNextRelayFinishesTheGameWithEverySeqOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 7),
            Pace = LiveDataReplayPace.Speed(10),
        });
        var expected = GameStreams.ExpectedSequences(emulator);
        var keys = GameStreams.Keys();
        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();

        using (var child = RelayProcess.Start(emulator, redis))
        {
            await Eventually.TrueAsync(() => GameStreams.HasAtLeastAsync(database, keys.Sequenced, 5), "the relay process to write five entries");
            child.Signal("KILL");
            await child.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        (await database.StreamLengthAsync(keys.Sequenced)).Should().BeLessThan(expected.Length, "the process was killed mid-game");
        await using (var next = await RelayHarness.StartAsync(emulator, redis))
        {
            await next.WaitForGamesEndedAsync();
        }

        GameStreams.Sequences(await GameStreams.ReadAsync(database, keys.Sequenced)).Should().Equal(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task TwoRelayProcesses_OneKilledWithSigkillMidGame_AConsumerReadingLiveGetsEverySeqOnceAndTheEnd(int killed)
    {
        // Killing the leader or the one that mostly finds its messages written must not matter.
        await using var game = await TwoRelayProcesses.StartAsync(seed: 8);
        var victim = killed == 0 ? game.First : game.Second;
        victim.Signal("KILL");
        await victim.WaitForExitAsync(TimeSpan.FromSeconds(30));
        (await game.EndMarkersAsync()).Should().Be(0, "the game must still be running when the relay is killed");

        await game.Consumer.Completion.TimeoutAfter(TimeSpan.FromSeconds(180));

        game.Consumer.Sequences().Should().Equal(game.Expected, "every seq exactly once, in order");
        game.Consumer.NonSequenced().Should().OnlyHaveUniqueItems("no non-sequenced frame twice");
        game.Client.State.Should().Be(LiveDataConnectionState.Closed, "the stream ended at the survivor's end marker");
        (await game.EndMarkersAsync()).Should().Be(1);
    }
}
