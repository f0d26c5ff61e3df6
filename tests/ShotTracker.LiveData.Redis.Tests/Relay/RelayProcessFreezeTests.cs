using System.Globalization;
using System.Text.RegularExpressions;
using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;
using ShotTracker.LiveData.Tests.Shared;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>A relay process (samples/RelayHost) frozen with SIGSTOP mid-game: the other relay carries the game, and the late one only finds duplicates.</summary>
public sealed partial class RelayProcessFreezeTests
{
    [Fact]
    public async Task TwoRelayProcesses_TheLeaderStoppedWithSigstop_TheOtherCarriesTheGameAndAfterSigcontTheLateWritesAreDuplicates()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 17),
            Pace = LiveDataReplayPace.Speed(5),
        });
        var expected = GameStreams.ExpectedSequences(emulator);
        var keys = GameStreams.Keys();
        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        await using var client = RedisClients.Create(redis);
        var consumer = LiveConsumer.Start(client);

        using var leader = RelayProcess.Start(emulator, redis);
        await leader.WaitForLineAsync(RelayProcess.FollowingLine, TimeSpan.FromSeconds(90));
        await Eventually.TrueAsync(() => client.LastSequence is not null, "the consumer to read the leader's first seq");
        using var carrier = RelayProcess.Start(emulator, redis);
        await carrier.WaitForLineAsync(RelayProcess.FollowingLine, TimeSpan.FromSeconds(90));
        await Eventually.TrueAsync(() => emulator.ConnectionsAccepted >= 2, "both relays to follow the game");

        leader.Signal("STOP");
        try
        {
            (await database.StreamRangeAsync(keys.Sequenced, "-", "+")).Should().NotContain(e => !e[EntryFields.End].IsNull, "the game must still be running when the leader freezes");
            await consumer.Completion.TimeoutAfter(TimeSpan.FromSeconds(180));
            consumer.Sequences().Should().Equal(expected, "the whole game, read while the leader is frozen");
        }
        finally
        {
            leader.Signal("CONT");
        }

        var late = await FinalCountsAsync(leader);
        var carried = await FinalCountsAsync(carrier);
        late.Retries.Should().Be(0, "a duplicate is not an error");
        late.SequencedDuplicates.Should().BePositive("the late relay found its messages already written");
        (late.SequencedWritten + carried.SequencedWritten).Should().Be(expected.Length, "each seq was written once, by one of them");

        var sequenced = await GameStreams.ReadAsync(database, keys.Sequenced);
        GameStreams.Sequences(sequenced).Should().Equal(expected);
        sequenced.Count(e => !e[EntryFields.End].IsNull).Should().Be(1);
        foreach (var stream in RedisGameKeys.LatestStreamNames)
        {
            var frames = (await GameStreams.ReadAsync(database, keys.Latest(stream))).Select(e => Convert.ToBase64String(GameStreams.Message(e))).ToList();
            frames.Distinct().Count().Should().Be(frames.Count, $"no {stream} frame is written twice");
        }

        consumer.NonSequenced().Should().OnlyHaveUniqueItems();
    }

    /// <summary>The counters of the host's report once its game has ended (nothing is written after that).</summary>
    private static async Task<(long SequencedWritten, long SequencedDuplicates, long Retries)> FinalCountsAsync(ChildProcess relay)
    {
        var line = await relay.WaitForLineAsync(l => l.Contains("games ended 1/1", StringComparison.Ordinal), "reporting the game ended", TimeSpan.FromSeconds(120));
        var match = Report().Match(line);
        match.Success.Should().BeTrue($"the report line has the counters: {line}");
        long Group(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return (Group("written"), Group("duplicates"), Group("retries"));
    }

    [GeneratedRegex(@"seq written (?<written>\d+), duplicates (?<duplicates>\d+);.*retries (?<retries>\d+);")]
    private static partial Regex Report();
}
