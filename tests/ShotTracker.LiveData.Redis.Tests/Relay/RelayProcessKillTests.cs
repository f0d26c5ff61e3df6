using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;
using ShotTracker.LiveData.Redis.Streams;

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
        await using var redis = await RedisServer.StartAsync();

        // Slow enough that the game is still running once both processes have started and the consumer is reading.
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 8),
            Pace = LiveDataReplayPace.Speed(5),
        });
        var expected = GameStreams.ExpectedSequences(emulator);
        var keys = GameStreams.Keys();
        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        await using var client = RedisClients.Create(redis);
        var consumer = LiveConsumer.Start(client);

        // The first relay leads (it started first, so its replay of the game is ahead); the second mostly finds its
        // messages already written. Killing either must not matter.
        using var first = RelayProcess.Start(emulator, redis);
        await first.WaitForLineAsync(RelayProcess.FollowingLine, TimeSpan.FromSeconds(90));
        await Eventually.TrueAsync(() => client.LastSequence is not null, "the consumer to read the first relay's first seq");
        using var second = RelayProcess.Start(emulator, redis);
        await second.WaitForLineAsync(RelayProcess.FollowingLine, TimeSpan.FromSeconds(90));
        await Eventually.TrueAsync(() => emulator.ConnectionsAccepted >= 2, "both relays to follow the game");
        var seen = consumer.Sequences().Length;
        await Eventually.TrueAsync(() => consumer.Sequences().Length > seen, "the consumer to read on while both relays run");

        var victim = killed == 0 ? first : second;
        victim.Signal("KILL");
        await victim.WaitForExitAsync(TimeSpan.FromSeconds(30));
        (await database.StreamRangeAsync(keys.Sequenced, "-", "+")).Should().NotContain(e => !e[EntryFields.End].IsNull, "the game must still be running when the relay is killed");

        await consumer.Completion.TimeoutAfter(TimeSpan.FromSeconds(180));

        consumer.Sequences().Should().Equal(expected, "every seq exactly once, in order");
        consumer.NonSequenced().Should().OnlyHaveUniqueItems("no non-sequenced frame twice");
        client.State.Should().Be(LiveDataConnectionState.Closed, "the stream ended at the survivor's end marker");
        (await database.StreamRangeAsync(keys.Sequenced, "-", "+")).Count(e => !e[EntryFields.End].IsNull).Should().Be(1);
    }
}
