using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Samples.ShotLogger;

/// <summary>
/// Follows one game for the lifetime of the host and logs every shot. Reconnects, resume and keep-alive are the
/// client's business: the worker only reads typed events.
/// </summary>
internal sealed class ShotLoggerService(
    ILiveDataClientFactory clients,
    IOptions<ShotLoggerOptions> options,
    IHostApplicationLifetime lifetime,
    ShotLoggerOutcome outcome,
    ILogger<ShotLoggerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var gameId = options.Value.GameId;
        var checkpoint = options.Value.CheckpointPath is { Length: > 0 } path ? new ShotLoggerCheckpoint(path) : null;
        var resumeAfter = checkpoint is null ? null : await checkpoint.LoadAsync(gameId, stoppingToken);
        await using var client = clients.CreateClient(Options.DefaultName, gameId, resumeAfter);
        var tally = new ShotTally();
        if (resumeAfter is { } saved)
        {
            ShotLog.Resuming(logger, gameId, saved, checkpoint!.Path);
        }
        else
        {
            ShotLog.Following(logger, gameId);
        }

        try
        {
            await foreach (var e in client.StreamAsync(stoppingToken))
            {
                if (e is ChartEvent { Data: var shot })
                {
                    var number = tally.Add(shot);
                    ShotLog.Shot(
                        logger,
                        number,
                        shot.Period,
                        shot.PlayerId,
                        shot.TeamId,
                        shot.Result == ShotResult.Make ? "made" : "missed",
                        shot.IsThreePointer == true ? "three" : "two",
                        // d is the shot distance in cm.
                        shot.Distance is { } cm ? (cm / 100).ToString("0.0", CultureInfo.InvariantCulture) : "?");
                }
            }

            ShotLog.GameOver(logger, gameId, tally.Shots, tally.Made, tally.Points, tally.Summary());
            checkpoint?.Delete();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping (Ctrl+C, SIGTERM). LastSequence is the last message handed to this loop, so every
            // shot up to it was logged: a restarted worker resumes right after it, with nothing lost or logged twice.
            if (checkpoint is not null && client.LastSequence is { } last)
            {
                await checkpoint.SaveAsync(gameId, last, CancellationToken.None);
            }

            ShotLog.Stopped(logger, gameId, client.LastSequence, checkpoint?.Path ?? "none");
            return;
        }
        catch (Exception ex)
        {
            // Typed and token-free LiveDataExceptions (a refused token, a token service answering 401, a message over
            // the size limit, reconnects exhausted), or a token provider's own exception.
            ShotLog.Failed(logger, gameId, ex);
            outcome.ExitCode = 1;
        }

        if (options.Value.StopWhenGameEnds || outcome.ExitCode != 0)
        {
            lifetime.StopApplication();
        }
    }
}
