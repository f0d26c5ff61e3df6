using System.Text;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Replay;

public sealed class NdjsonReplayClientTests
{
    private static readonly (TimeSpan, string)[] Game =
    [
        (TimeSpan.Zero, Messages.Clock(10)),
        (TimeSpan.FromSeconds(1), Messages.Sequenced(1)),
        (TimeSpan.FromSeconds(2), Messages.Pong),
        (TimeSpan.FromSeconds(2), Messages.Clock(9)),
        (TimeSpan.FromSeconds(3), Messages.Sequenced(2, "marker")),
        (TimeSpan.FromSeconds(4), "{\"type\":\"data\",\"source\":\"chart\",\"seq\":3,\"data\":[]}"),
        (TimeSpan.FromSeconds(5), Messages.Clock(8)),
        (TimeSpan.FromSeconds(6), Messages.Sequenced(4)),
        (TimeSpan.FromSeconds(7), Messages.Unknown("newsource", "x")),
    ];

    [Fact]
    public async Task StreamAsync_RecordedFile_YieldsTheEventsTheLiveClientDidAndClosesAsServerClosed()
    {
        using var file = await RecordingFile.WriteAsync(Game);
        await using var client = new NdjsonReplayClient(file.Path);
        var states = new List<(LiveDataConnectionState, LiveDataDisconnectReason)>();
        client.ConnectionStateChanged += (_, e) => states.Add((e.State, e.Reason));

        var events = await client.StreamAsync().ToListAsync().AsTask().DefaultTimeout();

        var expected = Game.Where(m => m.Item2 != Messages.Pong && !m.Item2.Contains("\"data\":[]")).Select(m => LiveDataMessageSerializer.Deserialize(m.Item2));
        events.Where(e => e is not InvalidLiveDataEvent).Select(LiveDataMessageSerializer.SerializeToString)
            .Should().Equal(expected.Select(LiveDataMessageSerializer.SerializeToString));
        events.OfType<InvalidLiveDataEvent>().Should().ContainSingle("a payload of the wrong shape is surfaced, and the replay goes on")
            .Which.RawJson.ToArray().Should().Equal(Encoding.UTF8.GetBytes(Game[5].Item2));
        client.LastSequence.Should().Be(4);
        var stats = client.GetStatistics();
        (stats.MessagesBySource[LiveDataSource.Clock], stats.MessagesBySource[LiveDataSource.Chart], stats.ParseErrors, stats.UnknownMessages).Should().Be((3L, 2L, 1L, 1L));
        states.Should().Equal(
            (LiveDataConnectionState.Connecting, LiveDataDisconnectReason.None),
            (LiveDataConnectionState.Connected, LiveDataDisconnectReason.None),
            (LiveDataConnectionState.Closed, LiveDataDisconnectReason.ServerClosed));
    }

    [Fact]
    public async Task StreamAsync_UnreadableLine_IsAnInvalidEventAndTheReplayGoesOn()
    {
        using var file = RecordingFile.WriteText(RecordingFile.Line(TimeSpan.Zero, Messages.Sequenced(1)) + "{\"receivedAt\":oops}\n" + RecordingFile.Line(TimeSpan.Zero, Messages.Sequenced(2)));
        await using var client = new NdjsonReplayClient(file.Path);

        var events = await client.StreamAsync().ToListAsync().AsTask().DefaultTimeout();

        events.Select(e => e.GetType().Name).Should().Equal(nameof(ChartEvent), nameof(InvalidLiveDataEvent), nameof(ChartEvent));
        var invalid = (InvalidLiveDataEvent)events[1];
        invalid.Error.Message.Should().StartWith("Recording line 2 cannot be read: ").And.EndWith(".").And.NotEndWith("..");
        Encoding.UTF8.GetString(invalid.RawJson.Span).Should().Be("{\"receivedAt\":oops}");
    }

    [Fact]
    public async Task StreamAsync_StartAtSequence_SkipsEarlierSequencedMessagesButGivesTheStateReachedFirst()
    {
        using var file = await RecordingFile.WriteAsync(Game);
        await using var client = new NdjsonReplayClient(file.Path, new LiveDataReplayOptions { StartAtSequence = 2 });

        var events = await client.StreamAsync().ToListAsync().AsTask().DefaultTimeout();

        events.Select(Describe).Should().Equal("clock 9", "marker 2", "invalid", "clock 8", "chart 4", "unknown");
    }

    [Fact]
    public async Task StreamAsync_StartAtTimeWithoutState_StartsAtTheFirstMessageReceivedThen()
    {
        using var file = await RecordingFile.WriteAsync(Game);
        var options = new LiveDataReplayOptions { StartAtTime = RecordingFile.Start.AddSeconds(3), IncludeStateAtStart = false };
        await using var client = new NdjsonReplayClient(file.Path, options);

        var events = await client.StreamAsync().ToListAsync().AsTask().DefaultTimeout();

        events.Select(Describe).Should().Equal("marker 2", "invalid", "clock 8", "chart 4", "unknown");
    }

    [Fact]
    public async Task StreamAsync_Sources_PlaysOnlyThoseAndTheMessagesWithNoSource()
    {
        using var file = await RecordingFile.WriteAsync(Game);
        var options = new LiveDataReplayOptions();
        options.Sources.Add(LiveDataSource.Chart);
        await using var client = new NdjsonReplayClient(file.Path, options);

        var events = await client.StreamAsync().ToListAsync().AsTask().DefaultTimeout();

        events.Select(Describe).Should().Equal("chart 1", "invalid", "chart 4", "unknown");
    }

    [Fact]
    public async Task StreamAsync_StoppedAndStartedAgain_GoesOnAfterTheLastYieldedEventExactlyOnce()
    {
        using var file = await RecordingFile.WriteAsync(Game);
        await using var client = new NdjsonReplayClient(File.OpenRead(file.Path));
        var first = new List<LiveDataEvent>();
        await foreach (var e in client.StreamAsync())
        {
            first.Add(e);
            if (first.Count == 3)
            {
                break;
            }
        }

        client.State.Should().Be(LiveDataConnectionState.Closed);
        var rest = await client.StreamAsync().ToListAsync().AsTask().DefaultTimeout();

        first.Concat(rest).Select(Describe).Should().Equal("clock 10", "chart 1", "clock 9", "marker 2", "invalid", "clock 8", "chart 4", "unknown");
    }

    [Fact]
    public async Task StreamAsync_Pace_WaitsTheRecordedTimesScaledOnTheTimeProvider()
    {
        var messages = new[] { (TimeSpan.Zero, Messages.Sequenced(1)), (TimeSpan.FromSeconds(2), Messages.Sequenced(2)), (TimeSpan.FromSeconds(10), Messages.Sequenced(3)) };
        using var file = await RecordingFile.WriteAsync(messages);

        var realTime = await MeasureGapsAsync(file.Path, LiveDataReplayPace.RealTime);
        var fourTimes = await MeasureGapsAsync(file.Path, LiveDataReplayPace.Speed(4));

        realTime[0].Should().BeCloseTo(TimeSpan.FromSeconds(2), FakeClock.Step);
        realTime[1].Should().BeCloseTo(TimeSpan.FromSeconds(8), FakeClock.Step);
        fourTimes[0].Should().BeCloseTo(TimeSpan.FromSeconds(0.5), FakeClock.Step);
        fourTimes[1].Should().BeCloseTo(TimeSpan.FromSeconds(2), FakeClock.Step);
        realTime.Concat(fourTimes).Should().OnlyContain(gap => gap >= TimeSpan.FromSeconds(0.5), "no message is played before its time");
    }

    [Fact]
    public async Task StreamAsync_CancelledWhileWaiting_StopsAsByUserAndKeepsTheWaitingEventForTheNextStream()
    {
        var clock = new FakeClock();
        using var file = await RecordingFile.WriteAsync([(TimeSpan.Zero, Messages.Sequenced(1)), (TimeSpan.FromMinutes(5), Messages.Sequenced(2))]);
        await using var client = new NdjsonReplayClient(file.Path, new LiveDataReplayOptions { Pace = LiveDataReplayPace.RealTime, TimeProvider = clock.Time });
        using var stop = new CancellationTokenSource();
        var reasons = new List<LiveDataDisconnectReason>();
        client.ConnectionStateChanged += (_, e) => reasons.Add(e.Reason);

        var read = new List<long?>();
        var act = async () =>
        {
            await foreach (var e in client.StreamAsync(stop.Token))
            {
                read.Add(e.Sequence);
                stop.Cancel();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
        reasons[^1].Should().Be(LiveDataDisconnectReason.ByUser);
        var options = await client.StreamAsync().ToListAsync().AsTask().DefaultTimeout();
        read.Concat(options.Select(e => e.Sequence)).Should().Equal(1, 2);
    }

    [Fact]
    public async Task DisposeAsync_WhileTheStreamWaitsForAMessagesTime_StopsItAndClosesTheFile()
    {
        var clock = new FakeClock();
        using var file = await RecordingFile.WriteAsync([(TimeSpan.Zero, Messages.Sequenced(1)), (TimeSpan.FromMinutes(15), Messages.Sequenced(2))]);
        var client = new NdjsonReplayClient(file.Path, new LiveDataReplayOptions { Pace = LiveDataReplayPace.RealTime, TimeProvider = clock.Time });
        await using var events = client.StreamAsync().GetAsyncEnumerator();
        (await events.MoveNextAsync().AsTask().DefaultTimeout()).Should().BeTrue();
        var waiting = events.MoveNextAsync().AsTask(); // halftime: the next message is 15 minutes away

        await client.DisposeAsync();

        await FluentActions.Awaiting(() => waiting).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
        client.State.Should().Be(LiveDataConnectionState.Closed);
        using var exclusive = new FileStream(file.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None); // the replay let go of the file
    }

    [Fact]
    public async Task DisposeAsync_BeforeAnyStream_DisposesAStreamItOwns()
    {
        var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(RecordingFile.Line(TimeSpan.Zero, Messages.Sequenced(1))));
        var kept = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(RecordingFile.Line(TimeSpan.Zero, Messages.Sequenced(1))));

        await new NdjsonReplayClient(stream).DisposeAsync();
        await new NdjsonReplayClient(kept, leaveOpen: true).DisposeAsync();

        stream.CanRead.Should().BeFalse("the client owned the stream");
        kept.CanRead.Should().BeTrue("leaveOpen keeps the caller's stream open");
    }

    [Fact]
    public async Task LiveGame_RunAsyncOverAReplay_FoldsTheRecordedGame()
    {
        using var file = await RecordingFile.WriteAsync(
        [
            (TimeSpan.Zero, Fixtures.LoadText("marker.json")),
            (TimeSpan.FromSeconds(1), Fixtures.LoadText("chart.json")),
            (TimeSpan.FromSeconds(2), Fixtures.LoadText("clock.json")),
        ]);
        await using var client = new NdjsonReplayClient(file.Path);
        var game = new LiveGame();

        var final = await game.RunAsync(client.StreamAsync()).DefaultTimeout();

        final.EventCount.Should().Be(3);
        final.Should().BeEquivalentTo(Fold(file.Path));
    }

    [Fact]
    public async Task StreamAsync_MissingFile_ThrowsAndClosesWithError()
    {
        await using var client = new NdjsonReplayClient(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.ndjson"));
        var reasons = new List<LiveDataDisconnectReason>();
        client.ConnectionStateChanged += (_, e) => reasons.Add(e.Reason);

        var act = async () => await client.StreamAsync().ToListAsync();

        await act.Should().ThrowAsync<IOException>().DefaultTimeout();
        reasons[^1].Should().Be(LiveDataDisconnectReason.Error);
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        FluentActions.Invoking(() => new NdjsonReplayClient("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new NdjsonReplayClient((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LiveDataReplayPace.Speed(0)).Should().Throw<ArgumentOutOfRangeException>();
        LiveDataReplayPace.Speed(4).ToString().Should().Be("x4");
    }

    private static GameSnapshot Fold(string path)
    {
        var game = new LiveGame();
        using var reader = new NdjsonRecordingReader(File.OpenRead(path));
        while (reader.ReadAsync().AsTask().GetAwaiter().GetResult())
        {
            game.Apply(LiveDataMessageSerializer.Deserialize(reader.Message.Span));
        }

        return game.Current;
    }

    private static async Task<List<TimeSpan>> MeasureGapsAsync(string path, LiveDataReplayPace pace)
    {
        var clock = new FakeClock();
        await using var client = new NdjsonReplayClient(path, new LiveDataReplayOptions { Pace = pace, TimeProvider = clock.Time });
        await using var events = client.StreamAsync().GetAsyncEnumerator();
        (await events.MoveNextAsync().AsTask().DefaultTimeout()).Should().BeTrue("the first message plays at once");
        var gaps = new List<TimeSpan>();
        for (var i = 0; i < 2; i++)
        {
            var next = events.MoveNextAsync().AsTask();
            gaps.Add(await clock.AdvanceUntilAsync(() => next.IsCompleted, TimeSpan.FromSeconds(30), $"message {i + 2}", TimeSpan.FromMilliseconds(100)));
            (await next).Should().BeTrue();
        }

        return gaps;
    }

    private static string Describe(LiveDataEvent e) => e switch
    {
        InvalidLiveDataEvent => "invalid",
        UnknownLiveDataEvent => "unknown",
        ClockEvent clock => "clock " + clock.Data.Minutes,
        _ => e.Source!.Value.ToWireName() + " " + e.Sequence,
    };
}
