using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class RecordingTests
{
    private const string Chart1 = """{"type":"data","source":"chart","seq":1,"data":{"pid":"7","pts":2}}""";
    private const string Chart1Again = """{"type":"data","source":"chart","seq":1,"data":{"pid":"7","pts":2}}""";
    private const string Unknown = """{"type":"data","source":"heatmap","data":{"cells":[1]}}""";
    private const string Malformed = """{"type":"data","source":"chart","seq":""";
    private const string Clock = """{"type":"data","source":"clock","data":{"min":"9","sec":"58"}}""";
    private const string Chart2 = """{"type":"data","source":"chart","seq":2,"data":{"pid":"8","pts":3,"is3":true}}""";

    [Fact]
    public async Task StreamAsync_WithNdjsonRecorder_RecordsEveryDeliveredMessageExactlyAsReceived()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            foreach (var message in new[] { Chart1, Chart1Again, Unknown, Malformed, Clock, Chart2 })
            {
                await c.SendAsync(message);
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 4, 30, 0, TimeSpan.Zero));
        using var file = new MemoryStream();
        var recorder = new NdjsonRecorder(file, leaveOpen: true);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.Recorder = recorder;
            o.TimeProvider = clock;
        }));

        var events = await client.CollectAsync();
        await recorder.DisposeAsync();

        events.Should().HaveCount(5, "the re-sent seq 1 is dropped");
        var lines = Encoding.UTF8.GetString(file.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5, "every delivered message is recorded, the dropped duplicate is not");
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("receivedAt").GetString()).Should().AllBe("2026-11-25T04:30:00.000Z");
        lines.Where(l => l.Contains("\"message\":", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("\"message\":", StringComparison.Ordinal) + "\"message\":".Length)..^1])
            .Should().Equal(Chart1, Unknown, Clock, Chart2);
        lines.Should().ContainSingle(l => l.Contains("\"raw\":", StringComparison.Ordinal), "the malformed frame is kept as a string")
            .Which.Should().Contain(JsonSerializer.Serialize(Malformed)[1..^1]);
    }

    [Fact]
    public async Task StreamAsync_RecorderThatThrows_IsLoggedAndTheStreamGoesOn()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Chart1);
            await c.SendAsync(Chart2);
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var logger = new CapturingLogger<LiveDataClient>();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.Recorder = new FailingRecorder()), logger);

        var events = await client.CollectAsync();

        events.Select(e => e.Sequence).Should().Equal(1L, 2L);
        logger.Lines.Where(l => l.Level == LogLevel.Warning && l.Text.Contains("recorder failed", StringComparison.Ordinal)).Should().HaveCount(2);
    }

    private sealed class FailingRecorder : ILiveDataMessageRecorder
    {
        public Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
            throw new IOException("disk full");
    }
}
