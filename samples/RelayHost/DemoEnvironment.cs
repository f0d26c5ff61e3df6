using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.RelayHost;

/// <summary>
/// What <c>--demo</c> runs against: the built-in emulator (a synthetic game at 10x speed, its token endpoint) and a
/// redis-server started from PATH on a free port in a temporary directory, stopped and deleted afterwards.
/// </summary>
internal sealed class DemoEnvironment : IAsyncDisposable
{
    private readonly LiveDataEmulator _emulator;
    private readonly Process _redis;
    private readonly string _directory;

    private DemoEnvironment(LiveDataEmulator emulator, Process redis, string directory, int port)
    {
        _emulator = emulator;
        _redis = redis;
        _directory = directory;
        Settings = new Dictionary<string, string?>
        {
            ["LiveData:Endpoint"] = emulator.Endpoint.ToString(),
            ["LiveData:AllowInsecureTransport"] = "true",
            ["LiveData:Tokens:RequestUriTemplate"] = emulator.TokenUriTemplate,
            ["RedisRelay:Configuration"] = $"127.0.0.1:{port}",
            ["RedisRelay:Games:0"] = "demo-game",
            ["RedisRelay:Games:1"] = null,
        };
    }

    /// <summary>Gets the configuration that points the host at the emulator and the demo's Redis.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<DemoEnvironment> StartAsync()
    {
        var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(),
            Pace = LiveDataReplayPace.Speed(10),
        });
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var directory = Directory.CreateTempSubdirectory("relayhost-demo-").FullName;
        var redis = Process.Start(new ProcessStartInfo("redis-server", ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory, "--appendonly", "yes", "--save", ""])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server could not be started; install it (apt-get install redis-server).");
        redis.OutputDataReceived += (_, _) => { };
        redis.BeginOutputReadLine();
        Console.WriteLine($"demo: emulator at {emulator.Endpoint}, redis-server on 127.0.0.1:{port} in {directory}");
        return new DemoEnvironment(emulator, redis, directory, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        if (!_redis.HasExited)
        {
            _redis.Kill();
            await _redis.WaitForExitAsync();
        }

        _redis.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
