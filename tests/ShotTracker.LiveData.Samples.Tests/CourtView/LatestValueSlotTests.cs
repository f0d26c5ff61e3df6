using ShotTracker.LiveData.Samples.CourtView;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

public sealed class LatestValueSlotTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TakeAsync_ReaderBehindManyPublishes_GetsOnlyTheNewest()
    {
        var slot = new LatestValueSlot<string>();
        for (var i = 1; i <= 10_000; i++)
        {
            slot.Publish($"value {i}");
        }

        (await slot.TakeAsync(CancellationToken.None).AsTask().WaitAsync(Timeout)).Should().Be("value 10000");
        slot.Skipped.Should().Be(9_999, "every value replaced before it was read was dropped, not queued");
        slot.TryTake(out _).Should().BeFalse("nothing newer was published");
    }

    [Fact]
    public async Task TakeAsync_NothingNew_WaitsForThePublish()
    {
        var slot = new LatestValueSlot<string>();
        slot.Publish("first");
        (await slot.TakeAsync(CancellationToken.None).AsTask().WaitAsync(Timeout)).Should().Be("first");

        var next = slot.TakeAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        next.IsCompleted.Should().BeFalse();
        slot.Publish("second");

        (await next.WaitAsync(Timeout)).Should().Be("second");
    }

    [Fact]
    public async Task TakeAsync_Completed_ReturnsTheLastValueThenNull()
    {
        var slot = new LatestValueSlot<string>();
        slot.Publish("last");
        slot.Complete();

        (await slot.TakeAsync(CancellationToken.None).AsTask().WaitAsync(Timeout)).Should().Be("last");
        (await slot.TakeAsync(CancellationToken.None).AsTask().WaitAsync(Timeout)).Should().BeNull();
    }

    [Fact]
    public async Task TakeAsync_Cancelled_Throws()
    {
        var slot = new LatestValueSlot<string>();
        using var cancellation = new CancellationTokenSource();
        var take = slot.TakeAsync(cancellation.Token).AsTask();

        await cancellation.CancelAsync();

        await take.Invoking(t => t.WaitAsync(Timeout)).Should().ThrowAsync<OperationCanceledException>();
    }
}
