using System.Net.WebSockets;

namespace ShotTracker.LiveData.Testing.Tests.Server;

/// <summary>The normal behaviours of gateways that the wire contract says a client must ride through.</summary>
public sealed class GatewayBehaviourTests
{
    [Fact]
    public async Task GoingAwayAfterMessages_ClosesWith1001AndResumeCarriesOn()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { GoingAwayAfterMessages = 25 });
        await using var first = await TestClient.ConnectAsync(emulator);

        var (messages, aborted) = await first.ReadToEndAsync();

        aborted.Should().BeFalse();
        first.CloseStatus.Should().Be(WebSocketCloseStatus.EndpointUnavailable);
        messages.Should().HaveCount(25);
        var lastSeq = messages.Select(m => Payload.Parse(m).Sequence).OfType<long>().Last();
        await using var second = await TestClient.ConnectAsync(emulator, $"last_seq={lastSeq}");
        var (more, _) = await second.ReadToEndAsync();
        more.Should().HaveCount(25);
        more[0].Should().Equal(emulator.Timeline[25].Utf8Json.ToArray(), "the client had everything, so the stream carries on where it was");
        await WireContractTests.WaitUntil(() => emulator.ConnectionsDropped == 2);
    }

    [Fact]
    public async Task MaxFrameBytes_SplitsMessagesOverFramesThatReassembleExactly()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { MaxFrameBytes = 100 });
        await using var client = await TestClient.ConnectAsync(emulator, "source=broadcastsummary&source=chart");

        var (messages, _) = await client.ReadToEndAsync();

        messages.Select(m => System.Text.Encoding.UTF8.GetString(m))
            .Should().Equal(emulator.Timeline.Where(m => m.Source is "broadcastsummary" or "chart").Select(m => m.GetJson()));
        client.LargestFrame.Should().Be(100);
    }

    [Fact]
    public async Task DataBeforeSource_SendsTheSameEnvelopeWithDataFirst()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { DataBeforeSource = true });
        await using var client = await TestClient.ConnectAsync(emulator, "source=chart&source=clock");

        var (messages, _) = await client.ReadToEndAsync();

        var expected = emulator.Timeline.Where(m => m.Source is "chart" or "clock").ToList();
        messages.Should().HaveCount(expected.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            System.Text.Encoding.UTF8.GetString(messages[i]).Should().StartWith("{\"data\":{");
            var parsed = LiveDataMessageSerializer.Deserialize(messages[i]);
            parsed.Source!.Value.ToWireName().Should().Be(expected[i].Source);
            parsed.Sequence.Should().Be(expected[i].Sequence);
            Payload.Parse(messages[i]).Data.GetRawText().Should().Be(Payload.Parse(expected[i]).Data.GetRawText());
        }
    }

    [Fact]
    public async Task RefuseTokensWithClose1008_UpgradesThenClosesWithPolicyViolation()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { RefuseTokensWithClose1008 = true });
        await using var client = await TestClient.ConnectAsync(emulator, token: "wrong");

        (await client.ReceiveAsync()).Should().BeNull("the server closes at once");

        client.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
        emulator.HandshakesRefused.Should().Be(1);
        emulator.ConnectionsAccepted.Should().Be(0);
    }

    [Fact]
    public async Task EnableCompression_NegotiatesPermessageDeflateAndStillDeliversEveryByte()
    {
        var options = Emulators.FastOptions();
        options.EnableCompression = true;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator, "source=broadcastsummary", compress: true);

        var (messages, _) = await client.ReadToEndAsync();

        client.NegotiatedExtensions.Should().Contain("permessage-deflate");
        messages.Select(m => System.Text.Encoding.UTF8.GetString(m))
            .Should().Equal(emulator.Timeline.Where(m => m.Source == "broadcastsummary").Select(m => m.GetJson()));
    }
}
