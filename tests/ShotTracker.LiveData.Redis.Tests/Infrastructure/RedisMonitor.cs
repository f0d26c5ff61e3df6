using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>
/// The commands a redis-server runs from the moment this starts, as its <c>MONITOR</c> reports them (one line each:
/// time, client, then the command and its arguments quoted): what a test checks a client asked Redis for.
/// </summary>
internal sealed class RedisMonitor : IAsyncDisposable
{
    private readonly TcpClient _connection;
    private readonly StreamReader _reader;
    private readonly List<string> _lines = [];
    private readonly Task _reading;

    private RedisMonitor(TcpClient connection, StreamReader reader)
    {
        _connection = connection;
        _reader = reader;
        _reading = Task.Run(ReadAsync);
    }

    public static async Task<RedisMonitor> StartAsync(RedisServer redis)
    {
        var connection = new TcpClient();
        await connection.ConnectAsync(IPAddress.Loopback, redis.Port).DefaultTimeout();
        var stream = connection.GetStream();
        await stream.WriteAsync("MONITOR\r\n"u8.ToArray());
        var reader = new StreamReader(stream, Encoding.UTF8);
        (await reader.ReadLineAsync().DefaultTimeout()).Should().Be("+OK", "redis-server accepts MONITOR");
        return new RedisMonitor(connection, reader);
    }

    /// <summary>
    /// Returns every command run so far: sends a marker through a connection of its own and waits until the monitor
    /// has reported it, so nothing the server ran before is missing.
    /// </summary>
    public async Task<IReadOnlyList<string>> CommandsAsync(RedisServer redis)
    {
        var marker = Guid.NewGuid().ToString("N");
        using (var connection = await redis.ConnectAsync())
        {
            await connection.GetDatabase().ExecuteAsync("ECHO", marker).DefaultTimeout();
        }

        await Eventually.TrueAsync(() => Lines().Any(l => l.Contains(marker, StringComparison.Ordinal)), "the monitor to report the marker");
        return Lines().TakeWhile(l => !l.Contains(marker, StringComparison.Ordinal)).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        _connection.Dispose();
        await _reading.DefaultTimeout();
    }

    private string[] Lines()
    {
        lock (_lines)
        {
            return _lines.ToArray();
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await _reader.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
            // The connection was closed by DisposeAsync.
        }
    }
}
