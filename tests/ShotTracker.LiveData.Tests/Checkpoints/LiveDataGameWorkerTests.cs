using Microsoft.Extensions.DependencyInjection;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Checkpoints;

public sealed class LiveDataGameWorkerTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task ExecuteAsync_SavesEveryNSequencedEvents_AndAtTheEndOfTheGame()
    {
        var store = new RecordingCheckpointStore();
        await using var harness = new GameWorkerHarness(Game(10, clockAfter: 2), store, o =>
        {
            o.CheckpointEveryEvents = 3;
            o.CheckpointInterval = Hour;
        });

        await harness.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
        await harness.Worker.ExecuteTask!.DefaultTimeout();

        harness.Gate.Handled.Select(e => e.Sequence).Should().Equal(1, 2, null, 3, 4, 5, 6, 7, 8, 9, 10);
        store.Saves.Should().Equal([3, 6, 9, 10], "a clock event carries no sequence and does not count");
        harness.Factory.Should().Equal([null], "nothing was saved: the game is followed from the start");
        harness.Logs.Logger.Lines.Should().ContainSingle(l => l.Id.Id == 55)
            .Which.Text.Should().StartWith("Following game game-1 with configuration 'games', streaming from the start.");
        harness.Logs.Logger.Lines.Where(l => l.Id.Id == 57).Should().HaveCount(4);
    }

    [Fact]
    public async Task ExecuteAsync_ResumesAfterTheStoredSequence()
    {
        var store = new RecordingCheckpointStore(saved: 6);
        await using var harness = new GameWorkerHarness(Game(10), store, o => o.CheckpointEveryEvents = 3);

        await harness.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
        await harness.Worker.ExecuteTask!.DefaultTimeout();

        harness.Factory.Should().Equal([6L]);
        harness.Gate.Handled.Select(e => e.Sequence).Should().Equal(7, 8, 9, 10);
        store.Saves.Should().Equal(9, 10);
        harness.Worker.Game.Should().Be("game-1");
        harness.Logs.Logger.Lines.Should().Contain(l => l.Id.Id == 55 && l.Text.Contains("streaming after sequence 6.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Interval_SavesOnlyEventsWhoseHandlerFinished_AndStopSavesNothingUnfinished()
    {
        var store = new RecordingCheckpointStore();
        await using var harness = new GameWorkerHarness(Game(10), store, o =>
        {
            o.CheckpointEveryEvents = 100;
            o.CheckpointInterval = TimeSpan.FromSeconds(5);
        });
        harness.Gate.Gated = true;
        await harness.Worker.StartAsync(CancellationToken.None).DefaultTimeout();

        for (var i = 1; i <= 3; i++)
        {
            (await harness.Gate.Entered.Reader.ReadAsync().DefaultTimeout()).Sequence.Should().Be(i);
            harness.Gate.Release.Release();
        }

        (await harness.Gate.Entered.Reader.ReadAsync().DefaultTimeout()).Sequence.Should().Be(4, "event 4's handler is running and does not finish");
        harness.Clock.Advance(TimeSpan.FromSeconds(4));
        store.Saves.Should().BeEmpty("the interval has not passed");
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntil(() => store.Saves.Count == 1);
        store.Saves.Should().Equal([3], "event 4 is still being handled: saving it would skip it after a crash");
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        await harness.Worker.StopAsync(CancellationToken.None).DefaultTimeout();

        store.Saves.Should().Equal([3], "no progress since: neither the interval nor the stop saves again, and 4 never finished");
        harness.Gate.Handled.Select(e => e.Sequence).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task StopAsync_SavesTheLastFinishedEvent_AndTheNextRunResumesThere()
    {
        var store = new RecordingCheckpointStore();
        var events = Game(10);
        await using (var first = new GameWorkerHarness(events, store, o => o.CheckpointInterval = Hour))
        {
            first.Gate.Gated = true;
            await first.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
            for (var i = 1; i <= 4; i++)
            {
                await first.Gate.Entered.Reader.ReadAsync().DefaultTimeout();
                first.Gate.Release.Release();
            }

            await first.Gate.Entered.Reader.ReadAsync().DefaultTimeout();
            await first.Worker.StopAsync(CancellationToken.None).DefaultTimeout();
            store.Saves.Should().Equal([4], "saved on stop: events 1 to 4 finished, 5 was cancelled");
        }

        await using var second = new GameWorkerHarness(events, store);
        await second.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
        await second.Worker.ExecuteTask!.DefaultTimeout();

        second.Factory.Should().Equal([4L]);
        second.Gate.Handled.Select(e => e.Sequence).Should().Equal(5, 6, 7, 8, 9, 10);
        store.Saves.Should().Equal(4, 10);
    }

    [Fact]
    public async Task SaveCheckpointsFalse_OnlyLoadsTheCheckpoint_ForAHandlerThatCommitsItWithTheEffect()
    {
        var store = new RecordingCheckpointStore(saved: 4);
        await using var harness = new GameWorkerHarness(Game(10), store, o =>
        {
            o.SaveCheckpoints = false;
            o.CheckpointEveryEvents = 1;
        });

        await harness.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
        await harness.Worker.ExecuteTask!.DefaultTimeout();

        harness.Factory.Should().Equal([4L]);
        harness.Gate.Handled.Should().HaveCount(6);
        store.Saves.Should().BeEmpty();
    }

    [Fact]
    public async Task NoStoreRegistered_FollowsTheGameFromTheConfiguredStart()
    {
        await using var harness = new GameWorkerHarness(Game(3), store: null);

        await harness.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
        await harness.Worker.ExecuteTask!.DefaultTimeout();

        harness.Factory.Should().Equal([null]);
        harness.Gate.Handled.Should().HaveCount(3);
    }

    [Fact]
    public async Task AHandlerThatThrows_FailsTheWorker_AfterSavingWhatFinishedBeforeIt()
    {
        var store = new RecordingCheckpointStore();
        await using var harness = new GameWorkerHarness(Game(10), store, o => o.CheckpointInterval = Hour);
        harness.Gate.ThrowAt = 5;

        await harness.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
        var run = async () => await harness.Worker.ExecuteTask!.DefaultTimeout();

        (await run.Should().ThrowAsync<InvalidOperationException>()).WithMessage("The handler failed.");
        store.Saves.Should().Equal([4]);
    }

    [Fact]
    public async Task AFailedSave_IsLoggedAndRetried_WithoutStoppingTheGame()
    {
        var store = new RecordingCheckpointStore { FailNextSaves = 1 };
        await using var harness = new GameWorkerHarness(Game(7), store, o =>
        {
            o.CheckpointEveryEvents = 3;
            o.CheckpointInterval = Hour;
        });

        await harness.Worker.StartAsync(CancellationToken.None).DefaultTimeout();
        await harness.Worker.ExecuteTask!.DefaultTimeout();

        harness.Gate.Handled.Should().HaveCount(7);
        store.Saves.Should().Equal([6, 7], "the save at 3 failed; the next one at 6 covers it");
        var warning = harness.Logs.Logger.Lines.Should().ContainSingle(l => l.Id.Id == 56).Subject;
        warning.Level.Should().Be(Microsoft.Extensions.Logging.LogLevel.Warning);
        warning.Text.Should().StartWith("Saving the checkpoint of game game-1 at sequence 3 failed; the next save tries again.");
    }

    [Fact]
    public void Options_AreValidatedWhenTheWorkerIsRegistered()
    {
        var builder = new ServiceCollection().AddShotTrackerLiveData(_ => { });

        FluentActions.Invoking(() => builder.AddLiveDataGameWorker<GameWorkerHarness.GatedWorker>("g", o => o.CheckpointEveryEvents = 0))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => builder.AddLiveDataGameWorker<GameWorkerHarness.GatedWorker>("g", o => o.CheckpointInterval = TimeSpan.Zero))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => builder.AddLiveDataGameWorker<GameWorkerHarness.GatedWorker>(""))
            .Should().Throw<ArgumentException>();
        new LiveDataGameWorkerOptions().Should().BeEquivalentTo(new { SaveCheckpoints = true, CheckpointEveryEvents = 100, CheckpointInterval = TimeSpan.FromSeconds(5) });
    }

    private static List<LiveDataEvent> Game(int shots, int? clockAfter = null)
    {
        var events = new List<LiveDataEvent>();
        for (var seq = 1; seq <= shots; seq++)
        {
            events.Add(new ChartEvent { Sequence = seq, Data = new ChartData() });
            if (seq == clockAfter)
            {
                events.Add(new ClockEvent { Data = new ClockData() });
            }
        }

        return events;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Infrastructure.TaskExtensions.DefaultTimeoutSpan;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should have come true");
            await Task.Delay(10);
        }
    }
}
