using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>A consumer that stops reading fills its own buffer and holds nobody else: not another consumer, not the relay.</summary>
public sealed class SlowConsumerTests
{
    [Fact]
    public async Task StreamAsync_OneConsumerStopsReading_AnotherConsumerAndTheRelayReachTheEndOfTheGame()
    {
        const int capacity = 4;
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = SyntheticGameOptions.Short(seed: 13), Pace = LiveDataReplayPace.AsFastAsPossible });
        var expected = GameStreams.ExpectedSequences(emulator);

        await using var slowClient = RedisClients.Create(redis, configure: o => o.EventBufferCapacity = capacity);
        await using var slow = slowClient.StreamAsync().GetAsyncEnumerator();
        var slowFirst = slow.MoveNextAsync().AsTask();
        await using var fastClient = RedisClients.Create(redis);
        var fast = LiveConsumer.Start(fastClient);
        await using (var relay = await RelayHarness.StartAsync(emulator, redis))
        {
            (await slowFirst.DefaultTimeout()).Should().BeTrue();
            await Eventually.TrueAsync(() => slowClient.GetStatistics().PendingEvents >= capacity, "the stalled consumer's buffer to fill");

            await relay.WaitForGamesEndedAsync();
            await fast.Completion.DefaultTimeout();
        }

        fast.Sequences().Should().Equal(expected, "the other consumer read the whole game while one stalled");
        slowClient.LastSequence.Should().BeLessThan(expected[^1], "the stalled consumer was still behind");

        // Read on, the stalled consumer gets the rest of the game, still each seq once and in order.
        var slowEvents = new List<LiveDataEvent> { slow.Current };
        while (await slow.MoveNextAsync().AsTask().DefaultTimeout())
        {
            slowEvents.Add(slow.Current);
        }

        slowEvents.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(expected);
    }
}
