using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Tests.Infrastructure;
using static ShotTracker.LiveData.Tests.Game.GameEvents;

namespace ShotTracker.LiveData.Tests.Game;

public sealed class LiveGameChangesTests
{
    [Fact]
    public async Task ChangesAsync_SlowReader_ClockAndPositionsCoalesceButPlaysAreKept()
    {
        var game = new LiveGame();
        foreach (var e in TipOff())
        {
            game.Apply(e);
        }

        await using var changes = game.ChangesAsync().GetAsyncEnumerator();
        var first = changes.MoveNextAsync();
        game.Apply(Frame(600_000));
        (await first.DefaultTimeout()).Should().BeTrue();

        // The reader is busy while a burst arrives: 100 clock and position ticks around one basket.
        for (var i = 0; i < 50; i++)
        {
            game.Apply(Clock("Q1", "9", (59 - i).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
            game.Apply(Frame(599_000 - (i * 100)));
        }

        game.Apply(Stat(Home, "11", "TWO_POINT_MAKE"));
        for (var i = 0; i < 50; i++)
        {
            game.Apply(Clock("Q1", "9", "05"));
            game.Apply(Frame(545_000 - (i * 100)));
        }

        game.Complete();
        var received = new List<GameChange>();
        while (await changes.MoveNextAsync().DefaultTimeout())
        {
            received.Add(changes.Current);
        }

        received.Should().HaveCount(3, "the ticks before and after the basket each collapsed into one change");
        received[1].Kinds.Should().HaveFlag(GameChangeKinds.Score).And.HaveFlag(GameChangeKinds.Play);
        received[1].Plays.Should().ContainSingle();
        received[^1].Snapshot.Should().BeSameAs(game.Current, "the reader ends on the latest snapshot");
        received[^1].Kinds.Should().Be(GameChangeKinds.Clock | GameChangeKinds.Positions);
    }

    [Fact]
    public async Task ChangesAsync_FullBuffer_MergesIntoTheLastChangeWithoutLosingPlays()
    {
        var game = new LiveGame(new LiveGameOptions { ChangeBufferCapacity = 4 });
        await using var changes = game.ChangesAsync().GetAsyncEnumerator();
        var first = changes.MoveNextAsync();
        foreach (var e in TipOff())
        {
            game.Apply(e);
        }

        for (var i = 0; i < 20; i++)
        {
            game.Apply(Stat(Home, "11", "TWO_POINT_MAKE"));
        }

        game.Complete();
        await first.DefaultTimeout();
        var received = new List<GameChange> { changes.Current };
        while (await changes.MoveNextAsync().DefaultTimeout())
        {
            received.Add(changes.Current);
        }

        received.Should().HaveCountLessThanOrEqualTo(5);
        received.SelectMany(c => c.Plays).OfType<ShotPlay>().Should().HaveCount(20);
        received[^1].Snapshot.Team(TeamId.Parse(Home))!.Score.Should().Be(40);
    }

    [Fact]
    public async Task RunAsync_StreamEnds_CompletesEveryReaderAndReturnsTheLastSnapshot()
    {
        var game = new LiveGame();
        var reader = ReadAllAsync(game);

        var final = await game.RunAsync(ToAsync(TipOff().Append(Stat(Home, "11", "TWO_POINT_MAKE")))).DefaultTimeout();

        final.Team(TeamId.Parse(Home))!.Score.Should().Be(2);
        var changes = await reader.DefaultTimeout();
        changes.Should().NotBeEmpty();
        changes[^1].Snapshot.Should().BeSameAs(final);
        (await ReadAllAsync(game).DefaultTimeout()).Should().BeEmpty("a reader that starts after completion ends at once");
    }

    [Fact]
    public async Task ChangesAsync_Cancelled_Throws()
    {
        var game = new LiveGame();
        using var cancellation = new CancellationTokenSource();
        var enumerator = game.ChangesAsync(cancellation.Token).GetAsyncEnumerator();
        var next = enumerator.MoveNextAsync().AsTask();
        cancellation.Cancel();

        await next.Invoking(t => t.DefaultTimeout()).Should().ThrowAsync<OperationCanceledException>();
        await enumerator.DisposeAsync();
    }

    /// <summary>A location frame of the ten players on court.</summary>
    private static LiveDataEvent Frame(long gameClockMs) =>
        Location("Q1", gameClockMs, HomeFive.Select(p => (long.Parse(p, System.Globalization.CultureInfo.InvariantCulture), 5001L))
            .Concat(AwayFive.Select(p => (long.Parse(p, System.Globalization.CultureInfo.InvariantCulture), 5002L))).ToArray());

    private static async Task<List<GameChange>> ReadAllAsync(LiveGame game)
    {
        var list = new List<GameChange>();
        await foreach (var change in game.ChangesAsync())
        {
            list.Add(change);
        }

        return list;
    }

    private static async IAsyncEnumerable<LiveDataEvent> ToAsync(IEnumerable<LiveDataEvent> events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }
}
