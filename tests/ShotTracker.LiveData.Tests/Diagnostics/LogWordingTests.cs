using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Tests.Infrastructure;
using ShotTracker.LiveData.Internal;

namespace ShotTracker.LiveData.Tests.Diagnostics;

/// <summary>
/// What a person reads at Information: an expected reconnect is one line without a stack trace, Warnings are kept for
/// what is worth a look, and values read as words and units, not <c>(null)</c>, <c>''</c> or <c>00:00:00.0338017</c>.
/// </summary>
public sealed class LogWordingTests
{
    [Fact]
    public async Task ExpectedReconnect_IsOneInformationLine_WithoutAStackTrace()
    {
        var dropFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(c.Index + 1));
            if (c.Index == 0)
            {
                await dropFirst.Task;
                c.Abort();
                return;
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var logger = new CapturingLogger<LiveDataClient>();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint), logger);
        var collecting = client.CollectAsync();
        await Wait.UntilAsync(() => client.LastSequence == 1, "the first connection delivered");

        dropFirst.SetResult();
        await collecting;

        var shown = logger.Lines.Where(l => l.Level >= LogLevel.Information).ToList();
        shown.Select(l => (l.Id.Id, l.Level)).Should().Equal(
            [(2, LogLevel.Information), (3, LogLevel.Information), (11, LogLevel.Information)],
            "connected, the reconnect as one line, the end; no Warning for a connection that came back at once");
        var lost = shown[1].Text;
        lost.Should().StartWith("Connection lost (the connection dropped without a close handshake); reconnecting.");
        lost.Should().NotContain("WebSocketException").And.NotContain(" at ", "no exception, so no stack trace, is attached");
        shown[0].Text.Should().StartWith($"Connected to {server.Endpoint}; streaming from the start.");
        shown[2].Text.Should().StartWith("The stream ended: the server closed it with 1000 (normal closure).");
        logger.Lines.Should().ContainSingle(l => l.Id.Id == 2 && l.Level == LogLevel.Debug)
            .Which.Text.Should().StartWith($"Connected to {server.Endpoint}; streaming after sequence 1.");
        logger.Lines.Should().ContainSingle(l => l.Id.Id == 19).Which.Text.Should().MatchRegex(@"^Reconnected after a gap of \d+(\.\d)? (ms|s):");
    }

    [Fact]
    public async Task FailedAttempts_AreInformationAtFirst_ThenWarnings_NeverWithAStackTrace()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var logger = new CapturingLogger<LiveDataClient>();
        await using var client = new LiveDataClient(ClientHarness.Options(new Uri($"ws://127.0.0.1:{port}/live"), o => o.FirstConnectionAttempts = 4), logger);

        await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        var attempts = logger.Lines.Where(l => l.Id.Id == 4).ToList();
        attempts.Select(l => l.Level).Should().Equal(LogLevel.Information, LogLevel.Information, LogLevel.Warning, LogLevel.Warning);
        attempts[0].Text.Should().StartWith($"Connection attempt 1 failed: Could not open a WebSocket to ws://127.0.0.1:{port}/live?token=***: the connection was refused");
        attempts.Should().OnlyContain(l => !l.Text.Contains("Exception", StringComparison.Ordinal));
        logger.Lines.Should().ContainSingle(l => l.Level == LogLevel.Error && l.Id.Id == 12)
            .Which.Text.Should().StartWith("The stream failed: Could not open a WebSocket");
    }

    [Theory]
    [InlineData(0.0338017, "34 ms")]
    [InlineData(2.5, "2.5 s")]
    [InlineData(15, "15 s")]
    [InlineData(185, "3 min 5 s")]
    [InlineData(120, "2 min")]
    [InlineData(7800, "2 h 10 min")]
    public void Duration_ReadsInTheLargestShortUnit(double seconds, string expected) =>
        DurationText.Format(TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Fact]
    public void MissingValues_ReadAsWords()
    {
        LogText.ResumePoint(null).Should().Be("from the start");
        LogText.ResumePoint(1234).Should().Be("after sequence 1234");
        LogText.Configuration(string.Empty).Should().Be("the default configuration");
        LogText.Configuration("home").Should().Be("configuration 'home'");
        LogText.Disconnect(LiveDataDisconnectReason.ServerClosed, WebSocketCloseStatus.EndpointUnavailable, null)
            .Should().Be("the server closed it with 1001 (going away)");
        Regex.IsMatch(DurationText.Format(TimeSpan.FromMilliseconds(33.8)), @"\d\d:\d\d").Should().BeFalse();
    }
}
