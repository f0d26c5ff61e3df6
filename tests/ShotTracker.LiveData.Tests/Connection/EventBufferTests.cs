using ShotTracker.LiveData.Internal.Connection;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class EventBufferTests
{
    private static LiveDataEvent Chart(long seq) => LiveDataMessageSerializer.Deserialize(Messages.Sequenced(seq));

    private static ClockEvent Clock(string minutes) => new() { Data = new ClockData { Minutes = minutes } };

    [Fact]
    public async Task WriteAsync_KeepLatest_ReplacesTheWaitingValueAndMovesItToTheEnd()
    {
        var buffer = new EventBuffer(capacity: 10);

        (await buffer.WriteAsync(Clock("1"), keepLatest: true, CancellationToken.None)).Should().BeFalse();
        await buffer.WriteAsync(Chart(1), keepLatest: false, CancellationToken.None);
        (await buffer.WriteAsync(Clock("2"), keepLatest: true, CancellationToken.None)).Should().BeTrue("clock 1 was still waiting");
        buffer.Complete();

        var read = new List<LiveDataEvent>();
        while (await buffer.ReadAsync(CancellationToken.None) is { } e)
        {
            read.Add(e);
        }

        read.Should().HaveCount(2);
        read[0].Should().BeOfType<ChartEvent>();
        read[1].Should().BeOfType<ClockEvent>().Which.Data.Minutes.Should().Be("2", "order between sources is kept: the newer clock arrived after the chart");
    }

    [Fact]
    public async Task WriteAsync_BufferFull_WaitsForTheConsumerAndKeepLatestDoesNot()
    {
        var buffer = new EventBuffer(capacity: 2);
        await buffer.WriteAsync(Chart(1), keepLatest: false, CancellationToken.None);
        await buffer.WriteAsync(Chart(2), keepLatest: false, CancellationToken.None);

        var third = buffer.WriteAsync(Chart(3), keepLatest: false, CancellationToken.None).AsTask();
        await buffer.WriteAsync(Clock("1"), keepLatest: true, CancellationToken.None);

        third.IsCompleted.Should().BeFalse("a full buffer makes the reader wait");
        buffer.IsWriterWaiting.Should().BeTrue();
        (await buffer.ReadAsync(CancellationToken.None))!.Sequence.Should().Be(1);
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        buffer.Count.Should().Be(3);
    }

    [Fact]
    public async Task ReadAsync_CompletedWithError_DrainsThenThrows()
    {
        var buffer = new EventBuffer(capacity: 2);
        await buffer.WriteAsync(Chart(1), keepLatest: false, CancellationToken.None);
        buffer.Complete(new LiveDataException("boom"));

        (await buffer.ReadAsync(CancellationToken.None))!.Sequence.Should().Be(1);
        await buffer.Invoking(b => b.ReadAsync(CancellationToken.None).AsTask()).Should().ThrowAsync<LiveDataException>().WithMessage("boom");
    }

    [Fact]
    public async Task WriteAsync_ReaderWaiting_RunsTheReaderOnTheWritersThreadAndCountsAsHeld()
    {
        var buffer = new EventBuffer(capacity: 10, inlineBudget: TimeSpan.FromSeconds(10));
        var writerThread = -1;
        var readerThread = -2;
        var heldWhileReading = false;
        var reader = ReadOneAsync(buffer.ReadAsync(CancellationToken.None));
        reader.IsCompleted.Should().BeFalse("nothing was written yet");

        await Task.Run(async () =>
        {
            writerThread = Environment.CurrentManagedThreadId;
            await buffer.WriteAsync(Chart(1), keepLatest: false, CancellationToken.None);
        }).WaitAsync(TimeSpan.FromSeconds(10));

        reader.IsCompleted.Should().BeTrue("the reader ran inside the write");
        readerThread.Should().Be(writerThread);
        heldWhileReading.Should().BeTrue("keep-alive must see a writer held by its reader");
        buffer.IsWriterWaiting.Should().BeFalse();

        async Task ReadOneAsync(ValueTask<LiveDataEvent?> read)
        {
            await read.ConfigureAwait(false);
            readerThread = Environment.CurrentManagedThreadId;
            heldWhileReading = buffer.IsWriterWaiting && buffer.IsDeliveringOnCurrentThread;
        }
    }

    [Fact]
    public async Task WriteAsync_ReaderSpentLongerThanTheBudgetOnItsLastEvent_WakesItOnThePoolAndGoesOn()
    {
        var buffer = new EventBuffer(capacity: 10, inlineBudget: TimeSpan.FromMilliseconds(1));
        await buffer.WriteAsync(Chart(1), keepLatest: false, CancellationToken.None);
        (await buffer.ReadAsync(CancellationToken.None))!.Sequence.Should().Be(1);
        Thread.Sleep(50); // the reader's work on event 1
        var release = new ManualResetEventSlim();
        var reader = ReadAndBlockAsync(buffer.ReadAsync(CancellationToken.None));

        var write = Task.Run(async () => await buffer.WriteAsync(Chart(2), keepLatest: false, CancellationToken.None));
        await write.WaitAsync(TimeSpan.FromSeconds(10));

        write.IsCompletedSuccessfully.Should().BeTrue("the writer did not run the slow reader, which is still blocked");
        release.Set();
        await reader.WaitAsync(TimeSpan.FromSeconds(10));

        async Task ReadAndBlockAsync(ValueTask<LiveDataEvent?> read)
        {
            await read.ConfigureAwait(false);
            release.Wait(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task WriteAsync_ThousandsOfKeepLatestAndBufferedEventsWhileTheReaderLags_MatchesTheListModel()
    {
        // The model: one list, a keep-latest value removed from wherever it waits and the newer one added at the end.
        var random = new Random(10);
        var buffer = new EventBuffer(capacity: 50);
        var model = new List<LiveDataEvent>();
        long seq = 0;
        for (var step = 0; step < 20_000; step++)
        {
            var roll = random.Next(100);
            if (roll < 45)
            {
                LiveDataEvent item = random.Next(2) == 0 ? Clock(step.ToString(System.Globalization.CultureInfo.InvariantCulture)) : new LocationEvent { Data = new LocationData() };
                var waiting = model.FindIndex(e => e.Source == item.Source);
                (await buffer.WriteAsync(item, keepLatest: true, CancellationToken.None)).Should().Be(waiting >= 0);
                if (waiting >= 0)
                {
                    model.RemoveAt(waiting);
                }

                model.Add(item);
            }
            else if (roll < 80 && model.Count(e => e is ChartEvent) < 50)
            {
                var item = Chart(++seq);
                await buffer.WriteAsync(item, keepLatest: false, CancellationToken.None);
                model.Add(item);
            }
            else if (model.Count > 0 && roll >= 80)
            {
                (await buffer.ReadAsync(CancellationToken.None)).Should().BeSameAs(model[0], "step {0}", step);
                model.RemoveAt(0);
            }

            buffer.Count.Should().Be(model.Count);
        }

        foreach (var expected in model)
        {
            (await buffer.ReadAsync(CancellationToken.None)).Should().BeSameAs(expected);
        }
    }

    [Fact]
    public async Task HandOff_SteadyStateWithTheReaderWaiting_AllocatesNothingPerEvent()
    {
        var buffer = new EventBuffer(capacity: 10, inlineBudget: TimeSpan.FromSeconds(10));
        var events = Enumerable.Range(1, 1000).Select(i => Chart(i)).ToArray();
        var read = 0;
        var reader = ReadAllAsync();
        for (var i = 0; i < 100; i++)
        {
            await buffer.WriteAsync(events[i], keepLatest: false, CancellationToken.None);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 10; round++)
        {
            foreach (var item in events)
            {
                await buffer.WriteAsync(item, keepLatest: false, CancellationToken.None);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        buffer.Complete();
        await reader.WaitAsync(TimeSpan.FromSeconds(10));

        read.Should().Be(10_100);
        allocated.Should().BeLessThan(1024, "10,000 hand-offs with no completion source, node or task per event");

        async Task ReadAllAsync()
        {
            while (await buffer.ReadAsync(CancellationToken.None).ConfigureAwait(false) is not null)
            {
                read++;
            }
        }
    }

    [Fact]
    public async Task ReadAsync_CancelledWhileWaiting_ThrowsAndTheNextReadGetsTheNextEvent()
    {
        var buffer = new EventBuffer(capacity: 2);
        using var cts = new CancellationTokenSource();
        var waiting = buffer.ReadAsync(cts.Token).AsTask();

        await cts.CancelAsync();

        await waiting.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<OperationCanceledException>();
        await buffer.WriteAsync(Chart(1), keepLatest: false, CancellationToken.None);
        (await buffer.ReadAsync(CancellationToken.None))!.Sequence.Should().Be(1);
    }

    [Fact]
    public async Task WriteAsync_WaitingForRoom_CancelledOrCompleted_ReleasesTheWriterWithoutQueueingItsEvent()
    {
        var buffer = new EventBuffer(capacity: 1);
        await buffer.WriteAsync(Chart(1), keepLatest: false, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var cancelled = buffer.WriteAsync(Chart(2), keepLatest: false, cts.Token).AsTask();
        await cts.CancelAsync();
        await cancelled.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<OperationCanceledException>();
        buffer.IsWriterWaiting.Should().BeFalse();

        var completed = buffer.WriteAsync(Chart(3), keepLatest: false, CancellationToken.None).AsTask();
        buffer.Complete();

        await completed.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<InvalidOperationException>();
        (await buffer.ReadAsync(CancellationToken.None))!.Sequence.Should().Be(1);
        (await buffer.ReadAsync(CancellationToken.None)).Should().BeNull("neither waiting event was queued");
    }
}
