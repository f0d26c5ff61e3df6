using System.Net;
using System.Net.Sockets;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a fixed 127.0.0.1 port in front of a test server, which a test switches off (the port refuses
/// connections, as a server that went away) and on again (the same port listens again).
/// </summary>
internal sealed class SwitchableRelay : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _relayed = [];
    private TcpListener? _listener;
    private int _port;
    private CancellationTokenSource? _stop;

    public SwitchableRelay(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Loopback, target.Port);
        SwitchOn();
        Endpoint = new UriBuilder(target) { Port = _port }.Uri;
    }

    /// <summary>Gets the target's URI with the relay's port.</summary>
    public Uri Endpoint { get; }

    /// <summary>Stops listening and aborts the relayed connections: the port now refuses connections.</summary>
    public void SwitchOff()
    {
        _stop?.Cancel();
        _listener?.Stop();
        lock (_relayed)
        {
            foreach (var client in _relayed)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }

            _relayed.Clear();
        }
    }

    /// <summary>Listens again, on the same port (a free one the first time).</summary>
    public void SwitchOn()
    {
        var listener = new TcpListener(IPAddress.Loopback, _port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _stop = new CancellationTokenSource();
        _ = AcceptLoopAsync(listener, _stop.Token);
    }

    public void Dispose() => SwitchOff();

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                var inbound = await listener.AcceptTcpClientAsync(stop);
                var outbound = new TcpClient();
                await outbound.ConnectAsync(_target, stop);
                lock (_relayed)
                {
                    _relayed.Add(inbound);
                    _relayed.Add(outbound);
                }

                _ = PumpAsync(inbound, outbound);
                _ = PumpAsync(outbound, inbound);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Switched off.
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
            to.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // One side went away; switching off aborts the other.
        }
    }
}
