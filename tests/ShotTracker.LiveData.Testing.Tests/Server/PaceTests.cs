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
        options.Pace = factor is { } f ? EmulatorPace.Accelerated(f) : EmulatorPace.RealTime;
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
    public void Accelerated_ScalesOffsets()
    {
        EmulatorPace.Accelerated(4).Scale(TimeSpan.FromSeconds(2)).Should().Be(TimeSpan.FromMilliseconds(500));
        EmulatorPace.RealTime.Scale(TimeSpan.FromSeconds(2)).Should().Be(TimeSpan.FromSeconds(2));
        EmulatorPace.AsFastAsPossible.Scale(TimeSpan.FromSeconds(2)).Should().Be(TimeSpan.Zero);
        EmulatorPace.AsFastAsPossible.Factor.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Accelerated_RejectsFactorsThatAreNotPositiveAndFinite(double factor)
    {
        var create = () => EmulatorPace.Accelerated(factor);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }
}
