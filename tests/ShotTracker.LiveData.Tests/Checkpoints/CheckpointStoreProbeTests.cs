using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Checkpoints;

/// <summary>
/// A game worker whose file checkpoint store cannot be written fails the host's start, naming the directory, instead
/// of logging a failed save every few events while the whole game's checkpoints are lost.
/// </summary>
public sealed class CheckpointStoreProbeTests : IDisposable
{
    private readonly TemporaryDirectory _writable = new();

    public void Dispose() => _writable.Dispose();

    [Theory]
    [InlineData("read-only")]
    [InlineData("under a file")]
    public async Task HostStart_FileStoreCannotBeWritten_FailsNamingTheDirectory(string kind)
    {
        using var directory = new UnwritableDirectory(kind);
        Record.Exception(() => File.WriteAllText(System.IO.Path.Combine(directory.Path, "test.tmp"), "x"))
            .Should().NotBeNull("the directory really refuses writes, root or not");
        using var host = BuildHost(directory.Path, saveCheckpoints: true);

        var error = await Record.ExceptionAsync(() => host.StartAsync()).DefaultTimeout();

        error.Should().BeOfType<IOException>().Which.Message.Should()
            .StartWith($"The checkpoint directory '{directory.Path}' cannot be written (")
            .And.Contain("give the process write access to it or choose another directory");
    }

    [Fact]
    public async Task HostStart_WritableDirectory_StartsAndLeavesNoProbeFileBehind()
    {
        using var host = BuildHost(_writable.Path, saveCheckpoints: true);

        await host.StartAsync().DefaultTimeout();
        await host.StopAsync().DefaultTimeout();

        Directory.Exists(_writable.Path).Should().BeTrue("the probe creates the directory");
        Directory.GetFiles(_writable.Path).Should().BeEmpty("the probe file is gone, and nothing was handled to save");
    }

    [Fact]
    public async Task HostStart_CheckpointsNotSavedByTheWorker_DoesNotProbe()
    {
        using var directory = new UnwritableDirectory("under a file");
        using var host = BuildHost(directory.Path, saveCheckpoints: false);

        await host.StartAsync().DefaultTimeout();
        await host.StopAsync().DefaultTimeout();
    }

    private static IHost BuildHost(string directory, bool saveCheckpoints)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging(b => b.ClearProviders());
        builder.Services.AddShotTrackerLiveData(o =>
            {
                // A game the worker never reaches: nothing listens at port 9 of loopback; the host stops it.
                o.Endpoint = new Uri("ws://127.0.0.1:9/live");
                o.AllowInsecureTransport = true;
                o.TokenProvider = LiveDataTokenProvider.FromToken(ClientHarness.Token);
                o.FirstConnectionAttempts = null;
            })
            .UseFileCheckpointStore(directory)
            .AddLiveDataGameWorker<IdleWorker>("game-1", o => o.SaveCheckpoints = saveCheckpoints);
        return builder.Build();
    }

    private sealed class IdleWorker : LiveDataGameWorker
    {
        protected override ValueTask HandleAsync(LiveDataEvent liveDataEvent, CancellationToken cancellationToken) => default;
    }
}
