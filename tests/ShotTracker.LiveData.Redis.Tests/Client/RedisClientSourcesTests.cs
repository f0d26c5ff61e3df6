using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>
/// A RedisLiveDataClient with <see cref="RedisLiveDataClientOptions.Sources"/> reads only the streams of those sources
/// (what it asked Redis for, as redis-server's MONITOR reports it) and delivers only their events.
/// </summary>
public sealed class RedisClientSourcesTests
{
    private static async Task<LiveDataEmulator> RelayedGameAsync(RedisServer redis, int seed)
    {
        var emulator = await Emulators.ShortGameAsync(seed);
        await using var harness = await RelayHarness.StartAsync(emulator, redis);
        await harness.WaitForGamesEndedAsync();
        return emulator;
    }

    private static async Task<(List<LiveDataEvent> Events, IReadOnlyList<string> Commands)> ReadWithAsync(
        RedisServer redis, long? lastSequence, params LiveDataSource[] sources)
    {
        await using var monitor = await RedisMonitor.StartAsync(redis);
        await using var client = RedisClients.Create(redis, lastSequence, configure: o =>
        {
            foreach (var source in sources)
            {
                o.Sources.Add(source);
            }
        });
        var events = await RedisClients.ReadAllAsync(client);
        client.State.Should().Be(LiveDataConnectionState.Closed, "the stream ends at the relay's end-of-game marker");
        return (events, await monitor.CommandsAsync(redis));
    }

    private static string Newest(LiveDataEmulator emulator, string source) => LiveDataMessageSerializer.SerializeToString(
        LiveDataMessageSerializer.Deserialize(emulator.Timeline.Last(m => m.Sequence is null && m.Source == source).Utf8Json.Span));

    private static bool Names(string command, string stream) => command.Contains(":" + stream + "\"", StringComparison.Ordinal);

    [Fact]
    public async Task StreamAsync_ChartAndClock_ReadsNeitherLocationNorSummaryAndDeliversOnlyCharts()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await RelayedGameAsync(redis, seed: 8);
        var charts = emulator.Timeline.Where(m => m.Source == "chart").Select(m => m.Sequence!.Value).ToArray();

        var (events, commands) = await ReadWithAsync(redis, lastSequence: null, LiveDataSource.Chart, LiveDataSource.Clock);

        events.Select(e => e.Source).Distinct().Should().BeEquivalentTo([LiveDataSource.Chart, LiveDataSource.Clock]);
        events.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(charts, "every chart, once and in order, and no other sequenced source");
        commands.Should().Contain(c => c.Contains("\"XREAD\"", StringComparison.Ordinal) && Names(c, "seq") && Names(c, "clock"));
        commands.Should().NotContain(c => Names(c, "location") || Names(c, "broadcastsummary"), "a stream of a source not wanted is never read");
    }

    [Fact]
    public async Task StreamAsync_OnlyLocation_NeverReadsTheSequencedStreamGetsTheNewestLocationFirstAndEnds()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await RelayedGameAsync(redis, seed: 10);

        var (events, commands) = await ReadWithAsync(redis, lastSequence: null, LiveDataSource.Location);

        // The whole game is in Redis: a late joiner's state (the newest location) is all that is left, then the end.
        events.Select(LiveDataMessageSerializer.SerializeToString).Should().Equal(Newest(emulator, "location"));
        commands.Should().NotContain(c => Names(c, "clock") || Names(c, "broadcastsummary"));
        commands.Where(c => Names(c, "seq")).Should().NotBeEmpty("the end-of-game marker is looked for")
            .And.OnlyContain(c => c.Contains("\"XREVRANGE\"", StringComparison.Ordinal) && c.EndsWith("\"COUNT\" \"1\"", StringComparison.Ordinal), "only the newest entry is read, never the stream");
    }

    [Fact]
    public async Task StreamAsync_LateJoinerWantingSummaryAndChart_FirstGetsOnlyTheNewestSummary()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await RelayedGameAsync(redis, seed: 11);
        var last = GameStreams.ExpectedSequences(emulator)[^1];

        var (events, commands) = await ReadWithAsync(redis, lastSequence: last, LiveDataSource.BroadcastSummary, LiveDataSource.Chart);

        events.Select(LiveDataMessageSerializer.SerializeToString).Should().Equal(Newest(emulator, "broadcastsummary"));
        commands.Should().NotContain(c => Names(c, "clock") || Names(c, "location"));
    }
}
