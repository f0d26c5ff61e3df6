using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class SecretRedactionTests
{
    [Fact]
    public async Task Token_NeverReachesLogsExceptionsOrToString()
    {
        var logger = new CapturingLogger<LiveDataClient>();
        var texts = new List<string>();

        // A reconnecting, resuming stream with an unreadable message, then a refused token.
        await using (var server = await TestWebSocketServer.StartAsync(
            async c =>
            {
                await c.SendAsync(Messages.Sequenced(c.Index + 1));
                await c.SendAsync("{not json");
                await Task.Delay(30);
                if (c.Index == 0)
                {
                    c.Abort();
                }
                else
                {
                    await c.CloseAsync(WebSocketCloseStatus.PolicyViolation);
                }
            },
            rejectHandshake: i => i >= 2 ? 401 : null))
        {
            await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint), logger);
            client.ConnectionStateChanged += (_, e) => texts.Add(e.Exception?.ToString() ?? string.Empty);
            var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();
            error.Should().BeOfType<LiveDataAuthenticationException>();
            texts.Add(error!.ToString());
            texts.Add(client.ToString());
            server.RequestQueries.Should().OnlyContain(q => q.Contains(ClientHarness.Token), "the token does reach the server");
        }

        // Connection failures (nothing listening) with the reconnect pipeline giving up.
        using var closed = new BlackholeServer();
        var endpoint = closed.Endpoint;
        closed.Dispose();
        await using (var client = new LiveDataClient(ClientHarness.Options(endpoint, o => o.Reconnect.MaxRetryAttempts = 1), logger))
        {
            var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();
            error.Should().BeAssignableTo<LiveDataException>();
            texts.Add(error!.ToString());
        }

        texts.Add(LiveDataTokenProvider.FromToken(ClientHarness.Token).ToString()!);
        texts.AddRange(logger.Lines.Select(l => l.Text));

        logger.Lines.Should().Contain(l => l.Text.Contains("token=***"), "URIs are logged redacted");
        logger.Lines.Should().Contain(l => l.Id.Id == 8, "the parse error was logged");
        texts.Should().NotContain(t => t.Contains(ClientHarness.Token, StringComparison.OrdinalIgnoreCase));
        texts.Should().NotContain(t => t.Contains(Uri.EscapeDataString(ClientHarness.Token), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Redact_ReplacesEveryTokenValue()
    {
        ShotTracker.LiveData.Internal.Diagnostics.RedactedUri.Of("wss://h/live?token=abc&source=chart&x=1&TOKEN=def")
            .Should().Be("wss://h/live?token=***&source=chart&x=1&TOKEN=***");
    }
}
