using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>Several <c>StreamAsync</c> enumerations on one connection, over a real socket.</summary>
public sealed class SubscriberTests
{
    [Fact]
    public async Task StreamAsync_TwoSubscribersWithDifferentFilters_EachGetsItsSequencedMessagesExactlyOnceAcrossAReconnect()
    {
        LiveDataClient? observed = null;
        List<LiveDataEvent> shots = [], markers = [];
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            if (c.Index == 0)
            {
                await Wait.UntilAsync(() => observed!.GetStatistics().Subscribers == 2, "both subscribers joined");
                foreach (var message in new[] { Messages.Sequenced(1), Messages.Sequenced(2, "marker"), Messages.Clock(1), Messages.Sequenced(3), Messages.Sequenced(4, "marker") })
                {
                    await c.SendAsync(message);
                }

                await Wait.UntilAsync(() => Count(shots) >= 2 && Count(markers) >= 2, "both received what was sent");
                c.Abort();
                return;
            }

            // Re-send from last_seq itself, as the service may: the client drops what each subscriber already has.
            for (var seq = c.LastSeq!.Value; seq <= 6; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq, seq % 2 == 0 ? "marker" : "chart"));
            }

            await c.SendAsync(Messages.Clock(2));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        observed = client;

        var shotSubscription = new LiveDataSubscription { Sources = { LiveDataSource.Chart, LiveDataSource.Clock } };
        var markerSubscription = new LiveDataSubscription { Sources = { LiveDataSource.Marker } };
        await Task.WhenAll(CollectAsync(client.StreamAsync(shotSubscription), shots), CollectAsync(client.StreamAsync(markerSubscription), markers)).DefaultTimeout();

        shots.Where(e => e.Sequence is not null).Select(e => e.Sequence).Should().Equal(1, 3, 5);
        shots.OfType<ClockEvent>().Should().HaveCount(2);
        shots.OfType<LiveDataGapEvent>().Should().ContainSingle("the clock was interrupted for this subscriber")
            .Which.Sources.Should().Equal(LiveDataSource.Clock);
        markers.Select(e => e.Sequence).Should().Equal(new long?[] { 2, 4, 6 }, "no clock, no gap: this subscriber's sources lose nothing over a reconnect");
        server.Requests.Should().Be(2);
        client.LastSequence.Should().BeGreaterThanOrEqualTo(5, "the last sequence both were handed or did not want");
        client.GetStatistics().DuplicatesDropped.Should().BeGreaterThan(0);

        static int Count(List<LiveDataEvent> events)
        {
            lock (events)
            {
                return events.Count(e => e.Sequence is not null);
            }
        }
    }

    [Fact]
    public async Task StreamAsync_StalledSubscriber_DoesNotDelayAFastOnesNonSequencedMessagesAndMissesOnlyItsOwn()
    {
        const int total = 200;
        const int capacity = 5;
        LiveDataClient? observed = null;
        var sendLast = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await Wait.UntilAsync(() => observed!.GetStatistics().Subscribers == 2, "both subscribers joined");
            for (var tick = 1; tick <= total; tick++)
            {
                await c.SendAsync(Messages.Clock(tick));
            }

            await sendLast.Task;
            await c.SendAsync(Messages.Sequenced(1));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        observed = client;
        await using var slow = client.StreamAsync(new LiveDataSubscription { EventBufferCapacity = capacity }).GetAsyncEnumerator();
        var slowFirst = slow.MoveNextAsync(); // joins, then stalls after its first event
        await Wait.UntilAsync(() => client.GetStatistics().Subscribers == 1, "the slow subscriber joined");

        var fast = new List<LiveDataEvent>();
        var fastRun = CollectAsync(client.StreamAsync(), fast);
        await Wait.UntilAsync(() => { lock (fast) { return fast.Count == total; } }, "the fast subscriber got every clock while the slow one stalled");

        (await slowFirst.AsTask().DefaultTimeout()).Should().BeTrue();
        var slowEvents = new List<LiveDataEvent> { slow.Current };
        var slowRun = Task.Run(async () =>
        {
            while (await slow.MoveNextAsync())
            {
                lock (slowEvents)
                {
                    slowEvents.Add(slow.Current);
                }
            }
        });
        await Wait.UntilAsync(() => client.GetStatistics().PendingEvents == 0, "the slow subscriber drained its buffer");
        sendLast.SetResult();
        await Task.WhenAll(fastRun, slowRun).DefaultTimeout();

        fast.OfType<ClockEvent>().Select(e => e.Data.Minutes).Should().Equal(Enumerable.Range(1, total).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var slowClocks = slowEvents.OfType<ClockEvent>().Select(e => int.Parse(e.Data.Minutes!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        slowClocks.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.HaveCountLessThanOrEqualTo(capacity + 2);
        slowClocks[0].Should().Be(1);
        client.GetStatistics().MessagesDropped.Should().Be(total - slowClocks.Count, "every clock was either delivered to the slow subscriber or dropped for it alone");
        slowEvents.Last().Sequence.Should().Be(1, "a non-sequenced overflow drops, it does not end the subscriber");
        fast.Last().Sequence.Should().Be(1);
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_SubscriberWhoseBodyBlocks_DoesNotHoldUpTheOthers()
    {
        // A lone subscriber's body may run on the reader's thread; with two, a body that blocks there would stop the
        // reader for both. So every subscriber of a shared connection is woken on the thread pool.
        const int total = 100;
        LiveDataClient? observed = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await Wait.UntilAsync(() => observed!.GetStatistics().Subscribers == 2, "both subscribers joined");
            for (var tick = 1; tick <= total; tick++)
            {
                await c.SendAsync(Messages.Clock(tick));
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        client.HandOffInlineBudget = TimeSpan.FromMinutes(1); // a loaded machine must not move the hand-off to the pool by itself
        observed = client;
        using var release = new ManualResetEventSlim();
        var blockedOnReaderThread = (bool?)null;
        var blocking = Task.Run(async () =>
        {
            await foreach (var e in client.StreamAsync())
            {
                if (blockedOnReaderThread is null)
                {
                    blockedOnReaderThread = client.IsConsumerOnReaderThread;
                    release.Wait(TimeSpan.FromSeconds(30)); // blocks its thread, no await
                }
            }
        });
        await Wait.UntilAsync(() => client.GetStatistics().Subscribers == 1, "the blocking subscriber joined");

        var fast = new List<LiveDataEvent>();
        var fastRun = CollectAsync(client.StreamAsync(), fast);
        try
        {
            await Wait.UntilAsync(() => { lock (fast) { return fast.Count == total; } }, "the other subscriber got every clock while the first one's body blocked");
        }
        finally
        {
            release.Set();
        }

        await Task.WhenAll(fastRun, blocking).DefaultTimeout();
        blockedOnReaderThread.Should().BeFalse("with two subscribers no body runs on the reader's thread");
    }

    [Fact]
    public async Task StreamAsync_SubscriberFallsBehindOnSequencedMessages_EndsAloneWithATypedErrorAfterEverythingItHad()
    {
        const int total = 50;
        const int capacity = 5;
        LiveDataClient? observed = null;
        await using var server = await StartSendingToTwoSubscribersAsync(total, () => observed);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        observed = client;
        await using var slow = client.StreamAsync(new LiveDataSubscription { EventBufferCapacity = capacity }).GetAsyncEnumerator();
        var slowFirst = slow.MoveNextAsync();
        await Wait.UntilAsync(() => client.GetStatistics().Subscribers == 1, "the slow subscriber joined");

        var fast = await client.CollectAsync();

        fast.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, total).Select(i => (long?)i), "the connection never waited for the slow subscriber");
        (await slowFirst.AsTask().DefaultTimeout()).Should().BeTrue();
        var slowSequences = new List<long?> { slow.Current.Sequence };
        var error = await Record.ExceptionAsync(async () =>
        {
            while (await slow.MoveNextAsync())
            {
                slowSequences.Add(slow.Current.Sequence);
            }
        }).DefaultTimeout();

        var overflow = error.Should().BeOfType<LiveDataSubscriberOverflowException>().Subject;
        overflow.Capacity.Should().Be(capacity);
        slowSequences.Should().Equal(Enumerable.Range(1, slowSequences.Count).Select(i => (long?)i), "nothing sequenced is skipped before the error");
        overflow.LastSequence.Should().Be(slowSequences.Last());
        slowSequences.Count.Should().BeLessThan(total);
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_LoneSubscriberOverflows_TheConnectionStopsAndTheNextSubscriberResumesWithNothingLost()
    {
        const int total = 40;
        const int capacity = 5;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            // Honours last_seq, as the service does, then stays open.
            for (var seq = (c.LastSeq ?? 0) + 1; seq <= total; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
            }

            await c.Ended;
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        await using var stalled = client.StreamAsync(new LiveDataSubscription { EventBufferCapacity = capacity }).GetAsyncEnumerator();
        var first = stalled.MoveNextAsync(); // reads one event, then never again: it overflows and stays stalled
        (await first.AsTask().DefaultTimeout()).Should().BeTrue();
        await Wait.UntilAsync(() => client.GetStatistics().Subscribers == 0, "the stalled subscriber overflowed");

        var next = new List<long?>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // without the fix it would wait forever
        await foreach (var e in client.StreamAsync(new LiveDataSubscription(), timeout.Token))
        {
            next.Add(e.Sequence);
            if (e.Sequence == total)
            {
                break;
            }
        }

        // The stalled subscriber read seq 1 and nothing after: the next subscriber must start right after it, not at
        // whatever the abandoned connection happened to read in between.
        next.Should().Equal(Enumerable.Range(2, total - 1).Select(i => (long?)i));
        server.RequestQueries.Should().HaveCount(2);
        server.RequestQueries[1].Should().Contain("last_seq=1");
    }

    [Fact]
    public async Task StreamAsync_SubscriberThatWaitsWhenFull_HoldsTheConnectionUntilItReadsAndNobodyLosesAnything()
    {
        const int total = 30;
        const int capacity = 5;
        LiveDataClient? observed = null;
        await using var server = await StartSendingToTwoSubscribersAsync(total, () => observed);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        observed = client;
        var fast = new List<LiveDataEvent>();
        var fastRun = CollectAsync(client.StreamAsync(), fast);
        await Wait.UntilAsync(() => client.GetStatistics().Subscribers == 1, "the fast subscriber joined");
        var waiting = new LiveDataSubscription { EventBufferCapacity = capacity, FullMode = LiveDataSubscriberFullMode.Wait };
        await using var slow = client.StreamAsync(waiting).GetAsyncEnumerator();
        var slowFirst = slow.MoveNextAsync();

        await Wait.UntilAsync(() => { lock (fast) { return fast.Count >= capacity; } }, "the fast subscriber got the first messages");
        await Task.Delay(300);

        lock (fast)
        {
            fast.Count.Should().BeLessThanOrEqualTo(capacity + 2, "the connection waits while the stalled subscriber's buffer is full");
        }

        (await slowFirst.AsTask().DefaultTimeout()).Should().BeTrue();
        var slowSequences = new List<long?> { slow.Current.Sequence };
        while (await slow.MoveNextAsync().AsTask().DefaultTimeout())
        {
            slowSequences.Add(slow.Current.Sequence);
        }

        await fastRun.DefaultTimeout();
        var all = Enumerable.Range(1, total).Select(i => (long?)i).ToList();
        slowSequences.Should().Equal(all);
        fast.Select(e => e.Sequence).Should().Equal(all);
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_SubscribingMidStream_StartsAtTheNextMessage()
    {
        LiveDataClient? observed = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1));
            await c.SendAsync(Messages.Clock(1));
            await Wait.UntilAsync(() => observed!.GetStatistics().Subscribers == 2, "the second subscriber joined");
            await c.SendAsync(Messages.Sequenced(2));
            await c.SendAsync(Messages.Clock(2));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        observed = client;
        var first = new List<LiveDataEvent>();
        var firstRun = CollectAsync(client.StreamAsync(), first);
        await Wait.UntilAsync(() => { lock (first) { return first.Count == 2; } }, "the first subscriber got the first two messages");

        var second = await client.CollectAsync();

        await firstRun.DefaultTimeout();
        second.Select(Describe).Should().Equal("chart 2", "clock 2");
        first.Select(Describe).Should().Equal("chart 1", "clock 1", "chart 2", "clock 2");
        server.Requests.Should().Be(1);

        static string Describe(LiveDataEvent e) => e is ClockEvent clock ? "clock " + clock.Data.Minutes : "chart " + e.Sequence;
    }

    [Fact]
    public async Task StreamAsync_LastSubscriberLeaves_ClosesTheConnectionAndTheNextStreamResumes()
    {
        LiveDataClient? observed = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            if (c.Index == 0)
            {
                await Wait.UntilAsync(() => observed!.GetStatistics().Subscribers == 2, "both subscribers joined");
            }

            var next = (c.LastSeq ?? 0) + 1;
            await c.SendAsync(Messages.Sequenced(next));
            await c.SendAsync(Messages.Sequenced(next + 1));
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        observed = client;
        using var stopFirst = new CancellationTokenSource();
        var first = client.CollectAsync(cancellationToken: stopFirst.Token);
        var second = await client.CollectAsync(2);
        await Wait.UntilAsync(() => client.GetStatistics().Subscribers == 1, "the second subscriber left");

        var connection = server.Connections.Single();
        connection.Ended.IsCompleted.Should().BeFalse("one subscriber still reads");
        await stopFirst.CancelAsync();
        await first.Invoking(f => f).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();

        await connection.Ended.DefaultTimeout();
        connection.ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure, "the last subscriber to leave closes the connection gracefully");
        client.RunningBackgroundTasks.Should().Be(0);
        client.GetStatistics().Subscribers.Should().Be(0);
        second.Select(e => e.Sequence).Should().Equal(1, 2);

        var again = await client.CollectAsync(2);
        again.Select(e => e.Sequence).Should().Equal(3, 4);
        server.Connections[1].LastSeq.Should().Be(2);
    }

    [Fact]
    public async Task StreamAsync_SubscriptionNamingASourceTheClientDoesNotSubscribeTo_IsRefusedAtOnce()
    {
        await using var client = new LiveDataClient(ClientHarness.Options(new Uri("ws://127.0.0.1:1/live"), o => o.Sources.Add(LiveDataSource.Chart)));

        var outside = () => client.StreamAsync(new LiveDataSubscription { Sources = { LiveDataSource.Location } });
        var keepLatestSequenced = () => client.StreamAsync(new LiveDataSubscription { BackpressurePolicies = { [LiveDataSource.Chart] = LiveDataBackpressurePolicy.KeepLatest } });
        var noRoom = () => client.StreamAsync(new LiveDataSubscription { EventBufferCapacity = 0 });

        outside.Should().Throw<ArgumentException>().WithMessage("*Sources*location*narrow*");
        keepLatestSequenced.Should().Throw<ArgumentException>().WithMessage("*BackpressurePolicies*chart*");
        noRoom.Should().Throw<ArgumentException>().WithMessage("*EventBufferCapacity*");
        client.Invoking(c => c.StreamAsync(null!)).Should().Throw<ArgumentNullException>();
        client.RunningBackgroundTasks.Should().Be(0);
    }

    [Fact]
    public async Task InMemoryClient_ConcurrentStreams_EachGetsTheEventsItsSubscriptionAsksFor()
    {
        LiveDataEvent[] game =
        [
            LiveDataMessageSerializer.Deserialize(Messages.Sequenced(1)),
            LiveDataMessageSerializer.Deserialize(Messages.Clock(1)),
            LiveDataMessageSerializer.Deserialize(Messages.Sequenced(2, "marker")),
            LiveDataMessageSerializer.Deserialize(Messages.Unknown("future", "x")),
        ];
        await using var client = new InMemoryLiveDataClient(game);
        var states = client.RecordStates();

        await using var all = client.StreamAsync().GetAsyncEnumerator();
        await using var clocks = client.StreamAsync(new LiveDataSubscription { Sources = { LiveDataSource.Clock } }).GetAsyncEnumerator();
        var received = new List<LiveDataEvent>();
        var clocksReceived = new List<LiveDataEvent>();

        // Both run at once: the second starts before the first has finished.
        (await all.MoveNextAsync()).Should().BeTrue();
        received.Add(all.Current);
        while (await clocks.MoveNextAsync())
        {
            clocksReceived.Add(clocks.Current);
        }

        while (await all.MoveNextAsync())
        {
            received.Add(all.Current);
        }

        received.Should().Equal(game);
        clocksReceived.Should().Equal(game[1]);
        states.Select(s => s.State).Should().Equal(LiveDataConnectionState.Connecting, LiveDataConnectionState.Connected, LiveDataConnectionState.Closed);
        client.LastSequence.Should().Be(2);
    }

    [Fact]
    public async Task ReadmeSnippet_AScoreboardAndAStatsWriterShareOneConnection()
    {
        LiveDataClient? observed = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await Wait.UntilAsync(() => observed!.GetStatistics().Subscribers == 2, "both subscribers joined");
            await c.SendAsync(Messages.Clock(1));
            await c.SendAsync(Messages.Sequenced(1, "boxscorestatsv2"));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var options = ClientHarness.Options(server.Endpoint);
        List<LiveDataEvent> shown = [], stored = [];

        await using var client = new LiveDataClient(options);

        // The scoreboard never holds anyone up: it keeps only the newest clock and positions while it is behind.
        var scoreboard = client.StreamAsync(new LiveDataSubscription
        {
            BackpressurePolicies =
            {
                [LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest,
                [LiveDataSource.Location] = LiveDataBackpressurePolicy.KeepLatest,
            },
        });

        // The stats writer wants the box score only, every message of it, and room to fall behind.
        var stats = client.StreamAsync(new LiveDataSubscription
        {
            Sources = { LiveDataSource.BoxScoreStats },
            EventBufferCapacity = 10_000,
        });

        await Task.WhenAll(ShowAsync(scoreboard), StoreAsync(stats)); // one connection, two loops

        shown.Select(e => e.Source).Should().Equal(LiveDataSource.Clock, LiveDataSource.BoxScoreStats);
        stored.Select(e => e.Source).Should().Equal(LiveDataSource.BoxScoreStats);
        server.Requests.Should().Be(1);

        Task ShowAsync(IAsyncEnumerable<LiveDataEvent> events)
        {
            observed = client;
            return CollectAsync(events, shown);
        }

        Task StoreAsync(IAsyncEnumerable<LiveDataEvent> events) => CollectAsync(events, stored);
    }

    /// <summary>A server that sends chart messages 1 to <paramref name="total"/> once two subscribers joined, then closes normally.</summary>
    private static Task<TestWebSocketServer> StartSendingToTwoSubscribersAsync(int total, Func<LiveDataClient?> client) =>
        TestWebSocketServer.StartAsync(async c =>
        {
            await Wait.UntilAsync(() => client()!.GetStatistics().Subscribers == 2, "both subscribers joined");
            for (var seq = 1; seq <= total; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });

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
}
