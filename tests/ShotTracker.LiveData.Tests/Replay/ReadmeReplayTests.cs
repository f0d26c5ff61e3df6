using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Replay;

/// <summary>Runs the README's Replay and Broadcast delay blocks on a real recorded file.</summary>
public sealed class ReadmeReplayTests
{
    [Fact]
    public async Task ReadmeReplay_FoldsTheRecordingFromTheStartSequence()
    {
        using var file = await RecordingFile.WriteAsync(Enumerable.Range(1, 60).Select(i => (TimeSpan.FromSeconds(i), Messages.Sequenced(i))));
        var path = file.Path;
        var cancellationToken = CancellationToken.None;

        var final = await ReplayAsync(path, LiveDataReplayPace.AsFastAsPossible, cancellationToken).DefaultTimeout();

        final.EventCount.Should().Be(11, "the replay starts at seq 50");
    }

    [Fact]
    public async Task ReadmeBroadcastDelay_ShowsEachEventSevenSecondsLate()
    {
        using var file = await RecordingFile.WriteAsync([(TimeSpan.Zero, Messages.Sequenced(1)), (TimeSpan.Zero, Messages.Clock(1))]);
        var time = new FakeTimeProvider(RecordingFile.Start);
        var shown = new List<LiveDataEvent>();

        var run = ShowDelayedAsync(new NdjsonReplayClient(file.Path), time, shown.Add, CancellationToken.None);
        await Task.Delay(100);
        shown.Should().BeEmpty();

        // The delay counts from when the read-ahead took each event, which a loaded machine may do after the first
        // advance; the exact hold times are BroadcastDelayTests' job, this checks that the README's block runs.
        for (var advances = 0; advances < 20 && !run.IsCompleted; advances++)
        {
            time.Advance(TimeSpan.FromSeconds(7));
            await Task.WhenAny(run, Task.Delay(500));
        }

        await run.DefaultTimeout();

        shown.Should().HaveCount(2);
    }

    private static async Task<GameSnapshot> ReplayAsync(string path, LiveDataReplayPace pace, CancellationToken cancellationToken)
    {
        var options = new LiveDataReplayOptions
        {
            Pace = pace,                 // LiveDataReplayPace.RealTime, .Speed(4) or .AsFastAsPossible
            StartAtSequence = 50,        // or StartAtTime; the clock and box score reached by then come first
        };
        await using var client = new NdjsonReplayClient(path, options);
        var game = new LiveGame();
        GameSnapshot final = await game.RunAsync(client.StreamAsync(cancellationToken), cancellationToken);
        return final;
    }

    private static async Task ShowDelayedAsync(ILiveDataClient client, TimeProvider timeProvider, Action<LiveDataEvent> show, CancellationToken cancellationToken)
    {
        await using var disposeClient = client;
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(7)) { TimeProvider = timeProvider };
        delay.BackpressurePolicies[LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest;

        await foreach (var e in client.StreamAsync(cancellationToken).WithBroadcastDelay(delay))
        {
            show(e); // 7 s after it arrived; set delay.Delay at any time to follow the TV picture
        }
    }
}
