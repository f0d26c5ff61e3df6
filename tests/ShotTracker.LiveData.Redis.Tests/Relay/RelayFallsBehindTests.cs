using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>
/// A relay whose game stops moving (its client held right after a write, reading nothing more from its socket) never
/// holds up the others: not a redundant relay of the same game, not another game of the same relay.
/// </summary>
public sealed class RelayFallsBehindTests
{
    private static Task<LiveDataEmulator> StartEmulatorAsync(int seed, LiveDataReplayPace pace) =>
        LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = SyntheticGameOptions.Short(seed), Pace = pace });

    [Fact]
    public async Task TwoRelays_OneFrozenMidGame_TheOtherCarriesTheGameAndTheLateOnesWritesAreDuplicates()
    {
        await using var redis = await RedisServer.StartAsync();
        // Paced, so the non-sequenced frames are live for both relays: the carrier receives them first, the late
        // relay only after it is released.
        await using var emulator = await StartEmulatorAsync(seed: 11, LiveDataReplayPace.Speed(20));
        var expected = GameStreams.ExpectedSequences(emulator);
        var frozenAt = expected[4];
        var keys = GameStreams.Keys();

        // The freeze outlasts the duplicate window (a 1 ms window stands for a freeze longer than the default 10 s), so
        // the late relay's frames are not caught by their hashes: they must be recognized as late.
        var hold = new HoldingRecorder("g1", frozenAt);
        await using var late = await RelayHarness.StartAsync(emulator, redis, configure: o =>
        {
            o.DuplicateWindow = TimeSpan.FromMilliseconds(1);
            o.RecorderFactory = hold.For;
        });
        await hold.Held.DefaultTimeout();
        LiveDataRedisRelayStatistics lateStatistics, carrierStatistics;
        await using (var carrier = await RelayHarness.StartAsync(emulator, redis, configure: o => o.DuplicateWindow = TimeSpan.FromMilliseconds(1)))
        {
            await using (var client = RedisClients.Create(redis))
            {
                var events = await RedisClients.ReadAllAsync(client);
                events.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(expected, "the whole game, read while one relay is frozen");
            }

            late.Relay.GetStatistics().GamesEnded.Should().Be(0, "the late relay is still frozen");
            hold.Release();
            await late.WaitForGamesEndedAsync();
            await carrier.WaitForGamesEndedAsync();
            lateStatistics = late.Relay.GetStatistics();
            carrierStatistics = carrier.Relay.GetStatistics();
        }

        var after = expected.Count(s => s > frozenAt);
        lateStatistics.SequencedDuplicates.Should().Be(after, "every seq after the freeze was already written by the other relay");
        lateStatistics.SequencedWritten.Should().Be(expected.Length - after);
        (lateStatistics.Retries, lateStatistics.Restarts).Should().Be((0L, 0L), "a duplicate is not an error");
        lateStatistics.LatestStale.Should().BePositive("the late relay's frames after the freeze were recognized as late");
        carrierStatistics.SequencedWritten.Should().Be(after);
        carrierStatistics.LatestWritten.Should().BePositive("the carrier wrote the frames of the game's rest first");

        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        var sequenced = await GameStreams.ReadAsync(database, keys.Sequenced);
        GameStreams.Sequences(sequenced).Should().Equal(expected);
        sequenced.Count(e => !e[EntryFields.End].IsNull).Should().Be(1);
        (await GameStreams.RepeatedFramesAsync(database, keys)).Values.Should().AllBeEquivalentTo(0, "the late relay writes no frame again");

        await using var rereader = RedisClients.Create(redis);
        var reread = (await RedisClients.ReadAllAsync(rereader)).Where(e => e.Sequence is null).Select(LiveDataMessageSerializer.SerializeToString).ToList();
        reread.Distinct().Count().Should().Be(reread.Count, "a consumer reading the game afterwards sees no frame twice");
    }

    [Fact]
    public async Task OneRelayTwoGames_OneGameStalls_TheOtherGameFlowsToItsEnd()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 12, LiveDataReplayPace.AsFastAsPossible);
        var expected = GameStreams.ExpectedSequences(emulator);
        var stalledAt = expected[4];
        var hold = new HoldingRecorder("g2", stalledAt);
        await using var harness = await RelayHarness.StartAsync(emulator, redis, configure: o =>
        {
            o.Games.Add("g2");
            o.RecorderFactory = hold.For;
        });
        await hold.Held.DefaultTimeout();

        await using (var client = RedisClients.Create(redis, gameId: "g1"))
        {
            var events = await RedisClients.ReadAllAsync(client);
            events.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(expected, "g1 flows to its end while g2 stalls");
        }

        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        // The hold stops g2's write loop after seq stalledAt: the writes it had already sent (pipelined, a bounded
        // number) may still land, but g2 goes no further and does not end.
        var stalled = GameStreams.Sequences(await GameStreams.ReadAsync(database, GameStreams.Keys("g2").Sequenced)).ToList();
        stalled.Should().Equal(expected.Take(stalled.Count), "what g2 wrote is its game's beginning, in order");
        stalled.Should().Contain(stalledAt).And.HaveCountLessThan(expected.Length, "g2 is still stalled");
        harness.Relay.GetStatistics().GamesEnded.Should().Be(1);

        hold.Release();
        await harness.WaitForGamesEndedAsync();
        GameStreams.Sequences(await GameStreams.ReadAsync(database, GameStreams.Keys("g2").Sequenced)).Should().Equal(expected, "g2 goes on where it stalled");
    }
}
