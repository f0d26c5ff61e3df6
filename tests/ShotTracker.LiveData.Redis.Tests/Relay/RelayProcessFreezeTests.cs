using System.Globalization;
using System.Text.RegularExpressions;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Tests.Shared;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>A relay process (samples/RelayHost) frozen with SIGSTOP mid-game: the other relay carries the game, and the late one only finds duplicates.</summary>
public sealed partial class RelayProcessFreezeTests
{
    [Fact]
    public async Task TwoRelayProcesses_TheLeaderStoppedWithSigstop_TheOtherCarriesTheGameAndAfterSigcontTheLateWritesAreDuplicates()
    {
        await using var game = await TwoRelayProcesses.StartAsync(seed: 17);
        var (leader, carrier, expected) = (game.First, game.Second, game.Expected);

        leader.Signal("STOP");
        try
        {
            (await game.EndMarkersAsync()).Should().Be(0, "the game must still be running when the leader freezes");
            await game.Consumer.Completion.TimeoutAfter(TimeSpan.FromSeconds(180));
            game.Consumer.Sequences().Should().Equal(expected, "the whole game, read while the leader is frozen");
        }
        finally
        {
            leader.Signal("CONT");
        }

        var late = await FinalCountsAsync(leader);
        var carried = await FinalCountsAsync(carrier);
        // Writes in flight when the process stopped may time out on waking (the multiplexer's asyncTimeout ran out
        // during the freeze) though Redis took them: their retries then count as duplicates. The relay pipelines its
        // writes, so that can be several seqs; no seq can be counted written by both, and the stream itself shows
        // that none is there twice.
        late.SequencedDuplicates.Should().BePositive("the late relay found its messages already written, and counted them as duplicates");
        (late.SequencedWritten + carried.SequencedWritten).Should().BeLessThanOrEqualTo(expected.Length, "no seq was written by both");

        GameStreams.Sequences(await GameStreams.ReadAsync(game.Database, game.Keys.Sequenced)).Should().Equal(expected);
        (await game.EndMarkersAsync()).Should().Be(1);
        (await GameStreams.RepeatedFramesAsync(game.Database, game.Keys)).Values.Should().AllBeEquivalentTo(0, "no frame is written twice");
        game.Consumer.NonSequenced().Should().OnlyHaveUniqueItems();
    }

    /// <summary>The counters of the host's report once its game has ended (nothing is written after that).</summary>
    private static async Task<(long SequencedWritten, long SequencedDuplicates)> FinalCountsAsync(ChildProcess relay)
    {
        var line = await relay.WaitForLineAsync(l => l.Contains("games ended 1/1", StringComparison.Ordinal), "reporting the game ended", TimeSpan.FromSeconds(120));
        var match = Report().Match(line);
        match.Success.Should().BeTrue($"the report line has the counters: {line}");
        long Group(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return (Group("written"), Group("duplicates"));
    }

    [GeneratedRegex(@"seq written (?<written>\d+), duplicates (?<duplicates>\d+);")]
    private static partial Regex Report();
}
