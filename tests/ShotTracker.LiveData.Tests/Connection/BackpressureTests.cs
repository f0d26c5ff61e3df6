using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class BackpressureTests
{
    [Fact]
    public async Task StreamAsync_ConsumerStopsReading_LosesNoSequencedMessageKeepsMemoryBoundedAndStaysConnected()
    {
        const int total = 3000;
        const int capacity = 100;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            for (var seq = 1; seq <= total; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
                if (seq % 10 == 0)
                {
                    await c.SendAsync(Messages.Clock(seq));
                }
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.EventBufferCapacity = capacity;
            o.PingInterval = TimeSpan.FromMilliseconds(100);
            // Long enough that a test server starved of CPU on a loaded machine still answers in time, and well
            // below the stall of at least 2 s below.
            o.PongTimeout = TimeSpan.FromSeconds(1);
            o.BackpressurePolicies[LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest;
        }));
        var events = new List<LiveDataEvent>();
        var maxPending = 0;
        var pingsDuringStall = 0;

        await ConsumeAsync().DefaultTimeout();

        events.Where(e => e.Sequence is not null).Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, total).Select(i => (long?)i));
        maxPending.Should().BeLessThanOrEqualTo(capacity + 1, "the buffer is bounded: the reader waits and TCP pushes back on the server");
        pingsDuringStall.Should().BeGreaterThanOrEqualTo(3, "the client keeps pinging while its consumer is stalled");
        server.Requests.Should().Be(1, "a stalled consumer is not a dead connection");
        var statistics = client.GetStatistics();
        statistics.KeepAliveTimeouts.Should().Be(0);
        statistics.MessagesCoalesced.Should().BeGreaterThan(0, "clock messages waiting during the stall were replaced by newer ones");
        var clocks = events.OfType<ClockEvent>().ToList();
        clocks.Count.Should().BeLessThan(total / 10);
        clocks.Last().Data.Minutes.Should().Be(total.ToString(System.Globalization.CultureInfo.InvariantCulture), "the newest value is always kept");

        async Task ConsumeAsync()
        {
            await foreach (var e in client.StreamAsync())
            {
                events.Add(e);
                if (events.Count == 10)
                {
                    var connection = await server.WaitForConnectionAsync(0);
                    var pingsBefore = connection.PingsReceived;
                    for (var i = 0; i < 40; i++)
                    {
                        await Task.Delay(50);
                        maxPending = Math.Max(maxPending, client.GetStatistics().PendingEvents);
                    }

                    pingsDuringStall = connection.PingsReceived - pingsBefore;
                }
            }
        }
    }
}
