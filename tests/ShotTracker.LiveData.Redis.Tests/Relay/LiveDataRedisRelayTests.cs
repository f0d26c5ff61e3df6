using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>The relay against a real redis-server and the emulator on a real socket.</summary>
public sealed class LiveDataRedisRelayTests
{
    private static Task<LiveDataEmulator> StartEmulatorAsync(int seed = 1) =>
        LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = SyntheticGameOptions.Short(seed), Pace = LiveDataReplayPace.AsFastAsPossible });

    [Fact]
    public async Task Relay_WholeGame_WritesEverySeqExactlyOnceWithTheRawBytes()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync();
        await using (var harness = await RelayHarness.StartAsync(emulator, redis))
        {
            await harness.WaitForGamesEndedAsync();
            harness.Relay.GetStatistics().SequencedDuplicates.Should().Be(0);
        }

        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        var keys = GameStreams.Keys();
        var all = await GameStreams.ReadAsync(database, keys.Sequenced);
        var expected = emulator.Timeline.Where(m => m.Sequence is not null).ToArray();
        all[^1].Id.ToString().Should().Be(SequenceEntryId.EndOf(expected[^1].Sequence), "the game's normal end is marked after its last seq");
        all[^1][EntryFields.End].IsNull.Should().BeFalse();
        var entries = all[..^1];
        GameStreams.Sequences(entries).Should().Equal(expected.Select(m => m.Sequence!.Value));
        entries.Select(e => Convert.ToBase64String(GameStreams.Message(e)))
            .Should().Equal(expected.Select(m => Convert.ToBase64String(m.Utf8Json.ToArray())), "the bytes are kept exactly");
        entries.Should().OnlyContain(e => long.Parse((string)e[EntryFields.ReceivedAt]!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        var locations = await GameStreams.ReadAsync(database, keys.Latest("location"));
        var clocks = await GameStreams.ReadAsync(database, keys.Latest("clock"));
        locations.Should().NotBeEmpty();
        clocks.Should().NotBeEmpty();
        locations.Select(e => Convert.ToBase64String(GameStreams.Message(e))).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Relay_RedisHoldsTheFirstPartOfTheGame_ResumesAfterItsNewestSeq()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync();
        var expected = GameStreams.ExpectedSequences(emulator);
        var checkpoint = expected[expected.Length / 2];

        // What an earlier relay wrote before it stopped: the first half of the sequenced messages.
        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        var keys = GameStreams.Keys();
        foreach (var message in emulator.Timeline.Where(m => m.Sequence <= checkpoint))
        {
            await database.StreamAddAsync(keys.Sequenced, [new NameValueEntry("m", message.Utf8Json.ToArray()), new NameValueEntry("r", 1)], SequenceEntryId.Of(message.Sequence!.Value));
        }

        await using (var harness = await RelayHarness.StartAsync(emulator, redis))
        {
            await harness.WaitForGamesEndedAsync();
            harness.Relay.GetStatistics().SequencedWritten.Should().Be(expected.Count(s => s > checkpoint));
        }

        emulator.RequestedLastSequences.Should().StartWith(checkpoint);
        GameStreams.Sequences(await GameStreams.ReadAsync(database, keys.Sequenced)).Should().Equal(expected);
    }

    [Fact]
    public async Task Relay_TwoRelaysOnTheSameGame_WriteEverySeqOnceAndNoFrameTwice()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 3);
        var expected = GameStreams.ExpectedSequences(emulator);
        LiveDataRedisRelayStatistics first, second;
        await using (var a = await RelayHarness.StartAsync(emulator, redis))
        await using (var b = await RelayHarness.StartAsync(emulator, redis))
        {
            await a.WaitForGamesEndedAsync();
            await b.WaitForGamesEndedAsync();
            first = a.Relay.GetStatistics();
            second = b.Relay.GetStatistics();
        }

        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        var keys = GameStreams.Keys();
        var sequenced = await GameStreams.ReadAsync(database, keys.Sequenced);
        GameStreams.Sequences(sequenced).Should().Equal(expected);
        sequenced.Count(e => !e[EntryFields.End].IsNull).Should().Be(1, "the second relay's end marker is refused like a duplicate seq");
        (first.SequencedWritten + second.SequencedWritten).Should().Be(expected.Length);
        (first.SequencedDuplicates + second.SequencedDuplicates).Should().Be(expected.Length, "each relay handed every seq to Redis once");
        foreach (var stream in RedisGameKeys.LatestStreamNames)
        {
            var frames = await GameStreams.ReadAsync(database, keys.Latest(stream));
            frames.Select(e => Convert.ToBase64String(GameStreams.Message(e))).Should().OnlyHaveUniqueItems($"no {stream} frame is written twice");
        }

        (first.LatestDuplicates + second.LatestDuplicates + first.LatestStale + second.LatestStale).Should().BePositive();
    }

    [Fact]
    public async Task Relay_RedisKilledAndRestartedMidGame_LosesNothing()
    {
        await using var redis = await RedisServer.StartAsync();

        // Slow enough that the game is still running when Redis goes away.
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 5),
            Pace = LiveDataReplayPace.Speed(20),
        });
        var expected = GameStreams.ExpectedSequences(emulator);
        var keys = GameStreams.Keys();
        await using var harness = await RelayHarness.StartAsync(emulator, redis);
        using (var connection = await redis.ConnectAsync())
        {
            await Eventually.TrueAsync(() => GameStreams.HasAtLeastAsync(connection.GetDatabase(), keys.Sequenced, 5), "five entries in Redis");
        }

        harness.Relay.GetStatistics().GamesEnded.Should().Be(0, "the game must still be running when Redis is killed");
        await redis.KillAsync();
        await Eventually.TrueAsync(() => harness.Relay.GetStatistics().Retries > 0, "a write to fail while Redis is down");
        await redis.RestartAsync();
        await harness.WaitForGamesEndedAsync();

        using var after = await redis.ConnectAsync();
        GameStreams.Sequences(await GameStreams.ReadAsync(after.GetDatabase(), keys.Sequenced)).Should().Equal(expected);
    }

    [Fact]
    public async Task Relay_RedisDownAtStart_RetriesWithBackoffAndRelaysTheWholeGameOnceItIsUp()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.KillAsync();
        await using var emulator = await StartEmulatorAsync(seed: 9);
        await using var harness = await RelayHarness.StartAsync(emulator, redis);

        await Eventually.TrueAsync(() => harness.Relay.GetStatistics().Retries >= 2, "the relay to retry while Redis is down");
        emulator.ConnectionsAccepted.Should().Be(0, "the relay reads its checkpoint from Redis before it follows the game");
        await redis.RestartAsync();
        await harness.WaitForGamesEndedAsync();

        using var connection = await redis.ConnectAsync();
        GameStreams.Sequences(await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced))
            .Should().Equal(GameStreams.ExpectedSequences(emulator));
    }
}
