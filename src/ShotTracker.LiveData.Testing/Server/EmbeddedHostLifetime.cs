using Microsoft.Extensions.Hosting;

namespace ShotTracker.LiveData.Testing.Server;

/// <summary>
/// The emulator's host lifetime: it listens for nothing. The default console lifetime registers SIGINT, SIGTERM and
/// SIGQUIT handlers that cancel the signal's default action and only stop the emulator's own host, so a process that
/// embeds an emulator would ignore Ctrl+C, <c>kill</c>, <c>docker stop</c> and systemd. The process that starts the
/// emulator owns the signals; it stops the emulator by disposing it.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
