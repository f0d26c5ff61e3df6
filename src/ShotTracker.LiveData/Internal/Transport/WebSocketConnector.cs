using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using ShotTracker.LiveData.Internal.Diagnostics;

namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>Opens one <see cref="ClientWebSocket"/> with a handshake timeout and typed handshake failures.</summary>
internal static class WebSocketConnector
{
    // The runtime's message for a non-101 answer: "The server returned status code '401' when status code '101'
    // was expected." Only used where ClientWebSocket cannot report the status code itself (netstandard2.0).
    private static readonly Regex StatusInMessage = new(@"'(?<code>[1-5][0-9]{2})'", RegexOptions.CultureInvariant);

    public static async Task<ClientWebSocket> ConnectAsync(SocketSettings settings, Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            // Outside the handshake's error mapping: a bad header or hook is the app's bug (ArgumentException), not a
            // failed connection to retry.
            Configure(socket.Options, settings);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var timer = settings.TimeProvider.CreateTimer(static s => Cancel((CancellationTokenSource)s!), timeout, settings.ConnectTimeout, Timeout.InfiniteTimeSpan);
            try
            {
                await socket.ConnectAsync(uri, timeout.Token).ConfigureAwait(false);
                return socket;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw TimedOut(settings, uri, ex);
            }
            catch (WebSocketException ex) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
            {
                throw TimedOut(settings, uri, ex);
            }
            catch (WebSocketException ex) when (GetStatusCode(socket, ex) is { } status)
            {
                throw new LiveDataHandshakeException(
                    $"The server refused the WebSocket handshake with {RedactedUri.Of(uri)}: HTTP {status.ToString(CultureInfo.InvariantCulture)}{Hint(status)}.", (HttpStatusCode)status, ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not LiveDataException)
            {
                // WebSocketException for refused or reset connections; anything else a platform's ClientWebSocket may
                // throw (HttpRequestException, IOException) is a failed attempt too, typed for the caller.
                throw new LiveDataException($"Could not open a WebSocket to {RedactedUri.Of(uri)}: {SocketErrors.Describe(ex, uri) ?? ex.Message.TrimEnd('.')}.", ex);
            }
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static void Configure(ClientWebSocketOptions options, SocketSettings settings)
    {
        // The SDK's own keep-alive (wire contract §3) pings every ping interval (at most 30 s) from what was sent, so
        // the runtime's keep-alive (an unsolicited pong frame every 30 s by default) is redundant: it would cost every
        // connection a timer of its own and a send the SDK's keep-alive does not count. A fleet of 1,000 clients keeps
        // 1,000 timers instead of 2,000. The hook below may turn it back on.
        options.KeepAliveInterval = TimeSpan.Zero;
#if NET8_0_OR_GREATER
        options.CollectHttpResponseDetails = true;
        if (settings.EnableCompression)
        {
            options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        }
#endif
        if (settings.UserAgent is { } userAgent)
        {
            options.SetRequestHeader("User-Agent", userAgent);
        }

        foreach (var header in settings.RequestHeaders)
        {
            options.SetRequestHeader(header.Key, header.Value);
        }

        if (settings.Proxy is { } proxy)
        {
            options.Proxy = proxy;
        }

        // Last, so what the application sets wins over every default above.
        settings.Configure?.Invoke(options);
    }

    private static LiveDataConnectTimeoutException TimedOut(SocketSettings settings, Uri uri, Exception cause) => new(
        $"The WebSocket handshake with {RedactedUri.Of(uri)} did not complete within {settings.ConnectTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.",
        settings.ConnectTimeout,
        cause);

    /// <summary>What a person should check for the statuses a wrong setting causes.</summary>
    private static string Hint(int status) => status switch
    {
        404 => " (Not Found): check the endpoint's path",
        400 => " (Bad Request): check the endpoint and AdditionalQueryParameters",
        _ => string.Empty,
    };

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The handshake finished and the source was disposed while the timer fired.
        }
    }

    private static int? GetStatusCode(ClientWebSocket socket, WebSocketException exception)
    {
#if NET8_0_OR_GREATER
        var status = (int)socket.HttpStatusCode;
        if (status != 0)
        {
            return status;
        }
#else
        _ = socket;
#endif

        // netstandard2.0 has no HttpStatusCode: read it from the runtime's (English) message.
        if (exception.WebSocketErrorCode == WebSocketError.NotAWebSocket
            && StatusInMessage.Match(exception.Message) is { Success: true } match)
        {
            return int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture);
        }

        return null;
    }
}
