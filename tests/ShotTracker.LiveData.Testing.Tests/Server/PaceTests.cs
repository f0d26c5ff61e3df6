using Microsoft.Extensions.Time.Testing;

namespace ShotTracker.LiveData.Testing.Tests.Server;

public sealed class PaceTests
{
    [Theory]
    [InlineData(null, 500)]
    [InlineData(10.0, 50)]
    public async Task Pace_SendsEachMessageAtItsScaledOffset(double? factor, int dueMs)
    {
        var time = new FakeTimeProvider();
        var options = Emulators.FastOptions();
        options.Pace = factor is { } f ? LiveDataReplayPace.Speed(f) : LiveDataReplayPace.RealTime;
        options.TimeProvider = time;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator, "source=clock");

        (await client.ReceiveTextAsync()).Should().Contain("\"sec\":\"30\"", "the first tick is due at once");
        var second = client.ReceiveTextAsync();
        await Task.Delay(200);
        second.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromMilliseconds(dueMs - 1));
        await Task.Delay(100);
        second.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));

        (await second).Should().Contain("\"sec\":\"29\"").And.Contain("\"subSec\":\"5\"");
    }

    [Fact]
    public void EmulatorPace_FromEarlierVersions_StillCompilesAndConvertsToAndFromTheCorePace()
    {
#pragma warning disable CS0618 // The obsolete type is what this test holds working.
        var options = new LiveDataEmulatorOptions { Pace = EmulatorPace.Accelerated(4) };
        EmulatorPace readBack = options.Pace;

        options.Pace.Should().BeEquivalentTo(LiveDataReplayPace.Speed(4));
        readBack.Scale(TimeSpan.FromSeconds(2)).Should().Be(TimeSpan.FromMilliseconds(500));
        ((LiveDataReplayPace)EmulatorPace.AsFastAsPossible).Should().BeSameAs(LiveDataReplayPace.AsFastAsPossible);
        ((LiveDataReplayPace)EmulatorPace.RealTime).Should().BeSameAs(LiveDataReplayPace.RealTime);
        FluentActions.Invoking(() => EmulatorPace.Accelerated(0)).Should().Throw<ArgumentOutOfRangeException>();
#pragma warning restore CS0618
    }
}
