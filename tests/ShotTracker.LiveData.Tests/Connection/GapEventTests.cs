using System.Net.WebSockets;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>The <see cref="LiveDataGapEvent"/> after a reconnect, over a real socket, on a fake clock.</summary>
public sealed class GapEventTests
{
    private const string Location = """{"type":"data","source":"location","data":{"locations":[]}}""";

    [Fact]
    public async Task StreamAsync_Reconnect_YieldsOneGapEventBeforeTheFirstNewMessageWithTheInterruptedSourcesAndReceiveTimes()
    {
        var clock = new FakeClock();
        await using var script = await DropScript.StartAsync();
        await using var client = new LiveDataClient(ClientHarness.Options(script.Server.Endpoint, o => o.TimeProvider = clock.Time));
        var start = clock.Time.GetUtcNow();

        var events = await script.RunAsync(client.StreamAsync(), clock);

        events.Select(e => e.GetType().Name).Should().Equal(
            nameof(ClockEvent), nameof(ChartEvent), nameof(LocationEvent), nameof(LiveDataGapEvent), nameof(ClockEvent), nameof(ChartEvent));
        var gap = events.OfType<LiveDataGapEvent>().Single();
        gap.Sources.Should().Equal([LiveDataSource.Location, LiveDataSource.Clock], "the non-sequenced sources that had data, never a sequenced one");
        gap.From.Should().Be(start, "the last message before the drop arrived before the clock moved");
        gap.To.Should().Be(start + TimeSpan.FromSeconds(7), "the first message after the reconnect arrived 5 s + 2 s later");
        gap.Duration.Should().Be(TimeSpan.FromSeconds(7));
        gap.Sequence.Should().BeNull();
        gap.Source.Should().BeNull();
        script.Server.Requests.Should().Be(2);
    }

    [Fact]
    public async Task StreamAsync_GapEventsTurnedOffInTheOptions_YieldsOnlyServiceMessages()
    {
        var clock = new FakeClock();
        await using var script = await DropScript.StartAsync();
        await using var client = new LiveDataClient(ClientHarness.Options(script.Server.Endpoint, o =>
        {
            o.TimeProvider = clock.Time;
            o.EmitGapEvents = false;
        }));

        var events = await script.RunAsync(client.StreamAsync(), clock);

        events.Should().HaveCount(5).And.NotContain(e => e is LiveDataGapEvent);
        script.Server.Requests.Should().Be(2);
    }

    [Fact]
    public async Task StreamAsync_SubscriberOptsOut_OnlyTheOthersGetTheGap()
    {
        var clock = new FakeClock();
        await using var script = await DropScript.StartAsync(subscribers: 2);
        await using var client = new LiveDataClient(ClientHarness.Options(script.Server.Endpoint, o => o.TimeProvider = clock.Time));
        script.Client = client;

        var quiet = new List<LiveDataEvent>();
        var quietRun = CollectAsync(client.StreamAsync(new LiveDataSubscription { EmitGapEvents = false }), quiet);
        var events = await script.RunAsync(client.StreamAsync(), clock);
        await quietRun.DefaultTimeout();

        events.OfType<LiveDataGapEvent>().Should().ContainSingle();
        quiet.Should().HaveCount(5).And.NotContain(e => e is LiveDataGapEvent);
    }

    [Fact]
    public void GapEvent_IsIgnoredByLiveGameAndHasNoWireForm()
    {
        var gap = new LiveDataGapEvent { Sources = [LiveDataSource.Location], From = DateTimeOffset.UnixEpoch, To = DateTimeOffset.UnixEpoch.AddSeconds(3) };
        var game = new LiveGame();

        game.Apply(gap).Should().BeNull("a gap changes nothing a viewer sees");
        game.Current.Positions.Should().BeNull();
        var write = () => LiveDataMessageSerializer.SerializeToUtf8Bytes(gap);
        write.Should().Throw<ArgumentException>().WithMessage("*no wire form*");
    }

    [Fact]
    public void GapEvent_ToString_NamesTheSourcesAsTheServiceDoes_AndTheDurationForPeople()
    {
        var gap = new LiveDataGapEvent
        {
            Sources = [LiveDataSource.BroadcastSummary, LiveDataSource.Location],
            From = DateTimeOffset.UnixEpoch,
            To = DateTimeOffset.UnixEpoch.AddMilliseconds(2500),
        };

        gap.ToString().Should().Be(
            "LiveDataGapEvent { Sources = [broadcastsummary, location], From = 1970-01-01T00:00:00.0000000+00:00, To = 1970-01-01T00:00:02.5000000+00:00, Duration = 2.5 s }");
    }

    [Fact]
    public async Task ReadmeSnippet_TellsAGapFromAStoppedGame()
    {
        var gapEvent = new LiveDataGapEvent { Sources = [LiveDataSource.Location], From = DateTimeOffset.UnixEpoch, To = DateTimeOffset.UnixEpoch.AddSeconds(3) };
        await using ILiveDataClient client = new InMemoryLiveDataClient([gapEvent]);
        var said = new List<string>();

        await foreach (var e in client.StreamAsync())
        {
            if (e is LiveDataGapEvent gap)
            {
                // Positions and the clock were not received from gap.From to gap.To: a gap, not a stopped game.
                said.Add($"missed {string.Join(", ", gap.Sources.Select(s => s.ToWireName()))} for {gap.Duration.TotalSeconds:0.#} s");
            }
        }

        said.Should().Equal("missed location for 3 s");
    }

    private static async Task CollectAsync(IAsyncEnumerable<LiveDataEvent> stream, List<LiveDataEvent> events)
    {
        await Task.Yield();
        await foreach (var e in stream)
        {
            lock (events)
            {
                events.Add(e);
            }
        }
    }

    /// <summary>
    /// Connection 0 sends a clock, a chart and a location message and is dropped once the test moved the fake clock 5 s
    /// on; connection 1 sends a clock and the next chart message 2 s (fake) after it opened, then closes normally.
    /// </summary>
    private sealed class DropScript : IAsyncDisposable
    {
        private readonly TaskCompletionSource _drop = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly int _subscribers;
        private TestWebSocketServer? _server;

        private DropScript(int subscribers)
        {
            _subscribers = subscribers;
        }

        public TestWebSocketServer Server => _server!;

        public static async Task<DropScript> StartAsync(int subscribers = 1)
        {
            var script = new DropScript(subscribers);
            script._server = await TestWebSocketServer.StartAsync(script.RunConnectionAsync);
            return script;
        }

        public LiveDataClient? Client { get; set; }

        public async Task<List<LiveDataEvent>> RunAsync(IAsyncEnumerable<LiveDataEvent> stream, FakeClock clock)
        {
            var events = new List<LiveDataEvent>();
            var run = CollectAsync(stream, events);
            await Wait.UntilAsync(() => { lock (events) { return events.Count == 3; } }, "the first connection's messages arrived");
            clock.Time.Advance(TimeSpan.FromSeconds(5));
            _drop.SetResult();
            await Server.WaitForConnectionAsync(1);
            clock.Time.Advance(TimeSpan.FromSeconds(2));
            _resume.SetResult();
            await run.DefaultTimeout();
            return events;
        }

        public async ValueTask DisposeAsync()
        {
            if (_server is { } server)
            {
                await server.DisposeAsync();
            }
        }

        private async Task RunConnectionAsync(ServerConnection c)
        {
            if (c.Index == 0)
            {
                if (_subscribers > 1)
                {
                    await Wait.UntilAsync(() => Client?.GetStatistics().Subscribers == _subscribers, "every subscriber joined");
                }

                await c.SendAsync(Messages.Clock(1));
                await c.SendAsync(Messages.Sequenced(1));
                await c.SendAsync(Location);
                await _drop.Task;
                c.Abort();
                return;
            }

            await _resume.Task;
            await c.SendAsync(Messages.Clock(2));
            await c.SendAsync(Messages.Sequenced(2));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        }
    }
}
