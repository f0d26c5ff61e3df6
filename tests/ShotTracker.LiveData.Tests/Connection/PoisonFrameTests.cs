using System.Text;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>Bad frames among good ones, over a real socket: each costs one <see cref="InvalidLiveDataEvent"/>, nothing more.</summary>
public sealed class PoisonFrameTests
{
    private const int Total = 60;

    /// <summary>Frames that once ended the stream or started a reconnect storm, one of each kind.</summary>
    public static readonly IReadOnlyList<(string Name, byte[] Frame)> PoisonFrames =
    [
        ("invalid UTF-8 in source", Concat("{\"type\":\"data\",\"source\":\"ch"u8.ToArray(), [0xC3, 0x28, 0xFF], "art\",\"seq\":7,\"data\":{}}"u8.ToArray())),
        ("lone surrogate in seq", Encoding.UTF8.GetBytes("{\"type\":\"data\",\"source\":\"chart\",\"seq\":\"\\ud800\",\"data\":{}}")),
        ("reversed surrogates in source", Encoding.UTF8.GetBytes("{\"type\":\"data\",\"source\":\"\\udc00\\ud800\",\"seq\":8,\"data\":{}}")),
        ("out-of-range number", Encoding.UTF8.GetBytes("{\"type\":\"data\",\"source\":\"chart\",\"seq\":9,\"data\":{\"pts\":1e400}}")),
        ("5,000-deep array", Encoding.UTF8.GetBytes("{\"type\":\"data\",\"source\":\"chart\",\"seq\":10,\"data\":{\"players\":" + new string('[', 5000) + new string(']', 5000) + "}}")),
        ("truncated", Encoding.UTF8.GetBytes("{\"type\":\"data\",\"source\":\"chart\",\"seq\":11,\"da")),
    ];

    [Fact]
    public async Task StreamAsync_BadFramesBetweenGoodOnes_DeliversEveryGoodSequenceOnceAndEachBadFrameAsOneInvalidEventWithoutReconnecting()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            // Resends from last_seq on a reconnect, as the service may; with no reconnect it never has to.
            for (var seq = c.LastSeq ?? 1; seq <= Total; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
                if (seq % 10 == 0)
                {
                    await SendPoisonAsync(c, PoisonFrames[(int)(seq / 10) - 1].Frame);
                }
            }

            await c.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var events = await client.CollectAsync();

        events.Where(e => e is not InvalidLiveDataEvent).Select(e => e.Sequence).Should().Equal(
            Enumerable.Range(1, Total).Select(i => (long?)i), "every good sequence exactly once, in order");
        var invalid = events.OfType<InvalidLiveDataEvent>().ToList();
        invalid.Select(e => e.RawJson.ToArray()).Should().BeEquivalentTo(PoisonFrames.Select(p => p.Frame), o => o.WithStrictOrdering(), "each bad frame is one event, raw bytes kept");
        foreach (var (e, index) in invalid.Select((e, i) => (e, i)))
        {
            events.IndexOf(e).Should().Be(((index + 1) * 10) + index, $"the '{PoisonFrames[index].Name}' frame is delivered where it arrived");
            e.Error.Message.Should().NotBeNullOrWhiteSpace();
        }

        server.Connections.Should().ContainSingle("a bad frame never costs the connection");
        var statistics = client.GetStatistics();
        statistics.Reconnects.Should().Be(0);
        statistics.FailedConnectionAttempts.Should().Be(0);
        statistics.ParseErrors.Should().Be(PoisonFrames.Count);
        client.LastSequence.Should().Be(Total);
    }

    /// <summary>
    /// Sends a bad frame. Invalid UTF-8 goes in a binary message: in a text message the WebSocket layer itself must fail
    /// the connection (RFC 6455 §8.1, close status 1007), before any parser sees it.
    /// </summary>
    internal static Task SendPoisonAsync(ServerConnection connection, byte[] frame) =>
        connection.SendAsync(frame, frameSize: 4096, IsValidUtf8(frame) ? System.Net.WebSockets.WebSocketMessageType.Text : System.Net.WebSockets.WebSocketMessageType.Binary);

    private static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
