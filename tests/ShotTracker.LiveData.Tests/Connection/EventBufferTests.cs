using ShotTracker.LiveData.Connection;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol;
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
}
