using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;

namespace ShotTracker.LiveData.Testing.Tests.Server;

public sealed class FaultTests
{
    [Fact]
    public async Task DropEveryMessages_AbortsEachConnectionAfterExactlyThatManyMessages()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { DropEveryMessages = 7 });
        await using var client = await TestClient.ConnectAsync(emulator);

        var (messages, aborted) = await client.ReadToEndAsync();

        aborted.Should().BeTrue();
        messages.Should().HaveCount(7);
        client.CloseStatus.Should().BeNull("a dropped connection has no close frame");
        await WireContractTests.WaitUntil(() => emulator.ConnectionsDropped == 1);
        emulator.ConnectionsCompleted.Should().Be(0);
    }

    [Fact]
    public async Task DropAtSequences_DropsOnceAfterEachListedSeq()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { DropAtSequences = [10, 20] });

        var first = await ReadAsync(emulator, null);
        var second = await ReadAsync(emulator, "last_seq=10");
        var third = await ReadAsync(emulator, "last_seq=20");

        first.Aborted.Should().BeTrue();
        Payload.Parse(first.Messages[^1]).Sequence.Should().Be(10);
        second.Aborted.Should().BeTrue();
        Payload.Parse(second.Messages[^1]).Sequence.Should().Be(20);
        second.Messages.Select(m => Payload.Parse(m).Sequence).OfType<long>().Should().Equal(Enumerable.Range(11, 10).Select(i => (long)i));
        third.Aborted.Should().BeFalse("each listed seq drops one connection only");
        emulator.ConnectionsDropped.Should().Be(2);
    }

    [Fact]
    public async Task DropAtSequences_FilteredOutSeq_StillDropsWhenPassed()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { DropAtSequences = [5] });

        var (messages, aborted) = await ReadAsync(emulator, "source=clock");

        aborted.Should().BeTrue();
        var dropOffset = emulator.Timeline.First(m => m.Sequence == 5).Offset;
        messages.Should().HaveCount(emulator.Timeline.Count(m => m.Source == "clock" && m.Offset <= dropOffset));
    }

    [Fact]
    public async Task IgnorePings_CountsButNeverAnswers()
    {
        var options = Emulators.FastOptions(faults: new EmulatorFaults { IgnorePings = true });
        options.Pace = LiveDataReplayPace.RealTime;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator, "source=lineupstats");

        var receive = client.ReceiveAsync(TimeSpan.FromSeconds(30));
        await client.SendTextAsync("{\"type\":\"ping\"}");
        await WireContractTests.WaitUntil(() => emulator.PingsReceived == 1);
        await Task.Delay(300);

        receive.IsCompleted.Should().BeFalse("no pong is sent");
    }

    [Fact]
    public async Task Faults_ChangedWhileConnected_TakeEffectOnTheLiveConnection()
    {
        var options = Emulators.FastOptions();
        options.Pace = LiveDataReplayPace.RealTime;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator, "source=lineupstats");

        emulator.Faults.IgnorePings = true;
        var receive = client.ReceiveTextAsync(TimeSpan.FromSeconds(30));
        await client.SendTextAsync("{\"type\":\"ping\"}");
        await WireContractTests.WaitUntil(() => emulator.PingsReceived == 1);
        await Task.Delay(200);
        receive.IsCompleted.Should().BeFalse("the keep-alive has gone dead");

        emulator.Faults.IgnorePings = false;
        await client.SendTextAsync("{\"type\":\"ping\"}");

        (await receive).Should().Be("{\"type\":\"pong\"}");
        emulator.PingsReceived.Should().Be(2);
    }

    [Fact]
    public async Task MalformedFrameAfterMessages_SendsOneInvalidFrameAndGoesOn()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { MalformedFrameAfterMessages = 3 });
        await using var client = await TestClient.ConnectAsync(emulator);

        var (messages, aborted) = await client.ReadToEndAsync();

        aborted.Should().BeFalse();
        messages.Should().HaveCount(emulator.Timeline.Count + 1);
        System.Text.Encoding.UTF8.GetString(messages[3]).Should().Be(EmulatorFaults.MalformedFrame);
        var parse = () => LiveDataMessageSerializer.Deserialize(messages[3]);
        parse.Should().Throw<LiveDataProtocolException>();
        messages[4].Should().Equal(emulator.Timeline[3].Utf8Json.ToArray());
    }

    [Fact]
    public async Task UnknownSourceAfterMessages_SendsOneMessageOfAnUnknownSource()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { UnknownSourceAfterMessages = 2 });
        await using var client = await TestClient.ConnectAsync(emulator);

        var (messages, _) = await client.ReadToEndAsync();

        messages.Should().HaveCount(emulator.Timeline.Count + 1);
        var unknown = LiveDataMessageSerializer.Deserialize(messages[2]).Should().BeOfType<UnknownLiveDataEvent>().Subject;
        unknown.SourceName.Should().Be(EmulatorFaults.UnknownSourceName);
        unknown.Sequence.Should().BeNull();
    }

    [Fact]
    public async Task MessageDelay_WaitsOnTheTimeProviderBeforeEachMessage()
    {
        var time = new FakeTimeProvider();
        var options = Emulators.FastOptions(faults: new EmulatorFaults { MessageDelay = TimeSpan.FromSeconds(1) });
        options.TimeProvider = time;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator);

        var first = client.ReceiveAsync();
        await Task.Delay(200);
        first.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        (await first).Should().Equal(emulator.Timeline[0].Utf8Json.ToArray());

        var second = client.ReceiveAsync();
        await Task.Delay(100);
        second.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        (await second).Should().Equal(emulator.Timeline[1].Utf8Json.ToArray());
    }

    [Fact]
    public async Task RefuseAllTokens_RefusesEvenTheRightToken()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { RefuseAllTokens = true });

        (await TestClient.RefusedStatusAsync(emulator)).Should().Be(HttpStatusCode.Unauthorized);
        emulator.HandshakesRefused.Should().Be(1);
    }

    [Fact]
    public async Task InvalidFaults_AreRejectedAtStart()
    {
        var start = () => LiveDataEmulator.StartAsync(Emulators.FastOptions(faults: new EmulatorFaults { DropEveryMessages = 0 }));

        await start.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    private static async Task<(List<byte[]> Messages, bool Aborted)> ReadAsync(LiveDataEmulator emulator, string? query)
    {
        await using var client = await TestClient.ConnectAsync(emulator, query);
        return await client.ReadToEndAsync();
    }
}
