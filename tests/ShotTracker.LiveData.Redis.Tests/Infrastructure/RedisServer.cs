using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>
/// A <c>redis-server</c> of the test's own, never the system service: on a free port of 127.0.0.1, in a temporary
/// directory, with AOF on and fsync on every write (so a kill loses nothing acknowledged). It can be killed and started
/// again on the same port and directory; disposing kills it and deletes the directory. The end-to-end benchmark
/// (<c>benchmarks/ShotTracker.LiveData.EndToEnd</c>, its Redis commands) starts its Redis with this class too.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string[] _settings;
    private Process? _process;

    private RedisServer(int port, string directory, string[] settings)
    {
        Port = port;
        _directory = directory;
        _settings = settings;
    }

    public int Port { get; }

    /// <summary>Gets the StackExchange.Redis configuration string of the server.</summary>
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},abortConnect=false,connectRetry=1,connectTimeout=2000";

    /// <summary>Gets the CPU time the running server has used (zero when it is not running).</summary>
    public TimeSpan ProcessorTime => _process is { HasExited: false } process ? process.TotalProcessorTime : TimeSpan.Zero;

    /// <summary>Starts a server; <paramref name="settings"/> (for example <c>--appendfsync everysec</c>) override the defaults above.</summary>
    public static async Task<RedisServer> StartAsync(params string[] settings)
    {
        var directory = Directory.CreateTempSubdirectory("livedata-redis-").FullName;
        var server = new RedisServer(FreePort(), directory, settings);
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>Connects a multiplexer for the test's own checks.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Configuration);

    /// <summary>Kills the server (SIGKILL): what it acknowledged is in its AOF.</summary>
    public async Task KillAsync()
    {
        if (_process is { } process)
        {
            process.Kill();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            process.Dispose();
            _process = null;
        }
    }

    /// <summary>Starts the server again on the same port and directory; it loads its AOF.</summary>
    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory is harmless.
        }
    }

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory,
            "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no", "--protected-mode", "yes",
        }.Concat(_settings))
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Ready when it answers PING (after loading its AOF); a server that exits at once fails here with a message.
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} on port {Port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
                if (read > 0 && buffer[0] == (byte)'+')
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
            {
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"redis-server on port {Port} did not answer PING within 30 seconds.");
            }

            await Task.Delay(50);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
