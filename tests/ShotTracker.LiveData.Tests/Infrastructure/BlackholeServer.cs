using System.Net;
using System.Net.Sockets;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Accepts TCP connections on 127.0.0.1 and never answers the WebSocket handshake.</summary>
internal sealed class BlackholeServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _accepted = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    public BlackholeServer()
    {
        _listener.Start();
        Endpoint = new Uri($"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/live");
        _acceptLoop = AcceptLoopAsync();
    }

    public Uri Endpoint { get; }

    public int Accepted
    {
        get
        {
            lock (_accepted)
            {
                return _accepted.Count;
            }
        }
    }

    /// <summary>Gets how many accepted TCP connections the client has not closed yet.</summary>
    public int OpenConnections
    {
        get
        {
            lock (_accepted)
            {
                return _accepted.Count(c => !PeerClosed(c.Client));
            }
        }
    }

    /// <summary>Discards what the client sent (its handshake request) and says whether its end is closed.</summary>
    private static bool PeerClosed(Socket socket)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.Poll(0, SelectMode.SelectRead))
            {
                // Readable with nothing to read: the peer closed (or reset) its end.
                if (socket.Available == 0 || socket.Receive(buffer) == 0)
                {
                    return true;
                }
            }

            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_accepted)
        {
            _accepted.ForEach(c => c.Dispose());
        }

        _acceptLoop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_accepted)
                {
                    _accepted.Add(client);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
