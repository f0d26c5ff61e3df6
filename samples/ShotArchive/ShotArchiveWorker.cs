using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ShotTracker.LiveData.Samples.ShotArchive;

/// <summary>Archives each shot of one game; stops the host when the game is over.</summary>
internal sealed class ShotArchiveWorker(SqliteShotArchive archive, IOptions<ShotArchiveOptions> options, IHostApplicationLifetime lifetime)
    : LiveDataGameWorker
{
    private readonly bool _transactional = options.Value.Mode == ShotArchiveMode.Transactional;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);

        // One game per process: when the worker is done (the game ended, or it failed), so is the app.
        _ = ExecuteTask!.ContinueWith(_ => lifetime.StopApplication(), TaskScheduler.Default);
    }

    protected override async ValueTask HandleAsync(LiveDataEvent liveDataEvent, CancellationToken cancellationToken)
    {
        if (liveDataEvent is ChartEvent { Sequence: { } sequence, Data: var shot })
        {
            await archive.AddShotAsync(GameId, sequence, shot, commitCheckpoint: _transactional, cancellationToken);

            // One line per archived shot, for an operator (and the crash test) to follow progress.
            Console.Out.WriteLine($"stored {sequence}");
        }
        else if (_transactional && liveDataEvent.Sequence is { } other)
        {
            // A sequenced event with no effect still moves the checkpoint, so a restart does not replay it.
            await archive.SaveAsync(GameId, other, cancellationToken);
        }
    }
}
