using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Diagnostics;

public sealed class LiveDataClientLogTests
{
    private const string Marker = "PAYLOADMARKER";

    [Fact]
    public async Task Logs_AtInformationOrAbove_NeverContainPayloads()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            if (c.Index == 0)
            {
                await c.SendAsync("{\"type\":\"data\",\"source\":\"chart\",\"seq\":1,\"data\":{\"pid\":\"" + Marker + "\"}}");
                await c.SendAsync("{\"type\":\"data\",\"source\":\"chart\",\"seq\":2,\"data\":{\"pid\":" + Marker + "}}");
                await c.SendAsync("{\"type\":\"data\",\"source\":\"chart\",\"seq\":3,\"data\":{\"pts\":\"" + Marker + "\"}}");
                await c.SendAsync(Messages.Unknown("newsource", Marker));
                await Task.Delay(30);
                c.Abort();
                return;
            }

            await c.SendAsync("{\"type\":\"data\",\"source\":\"chart\",\"seq\":1,\"data\":{\"pid\":\"" + Marker + "\"}}");
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var logger = new CapturingLogger<LiveDataClient>();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint), logger);

        var events = await client.CollectAsync();

        events.OfType<InvalidLiveDataEvent>().Should().HaveCount(2);
        logger.Lines.Select(l => l.Id.Id).Should().Contain([2, 3, 8, 9, 11], "connected, lost, parse errors, the duplicate and the end were logged");
        logger.Lines.Where(l => l.Level >= LogLevel.Information).Should().NotContain(l => l.Text.Contains(Marker));
    }
}
