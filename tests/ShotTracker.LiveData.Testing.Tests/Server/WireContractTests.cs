using System.Net;
using System.Net.WebSockets;

namespace ShotTracker.LiveData.Testing.Tests.Server;

public sealed class WireContractTests
{
    [Fact]
    public async Task Connect_ValidToken_StreamsTheWholeTimelineAndClosesWith1000()
    {
        await using var emulator = await Emulators.StartFastAsync();
        await using var client = await TestClient.ConnectAsync(emulator);

        var (messages, aborted) = await client.ReadToEndAsync();

        aborted.Should().BeFalse();
        client.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        messages.Should().HaveCount(emulator.Timeline.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            messages[i].Should().Equal(emulator.Timeline[i].Utf8Json.ToArray());
            LiveDataMessageSerializer.Deserialize(messages[i]).Should().NotBeOfType<UnknownLiveDataEvent>();
        }

        emulator.Endpoint.Host.Should().Be("127.0.0.1");
        emulator.Endpoint.Scheme.Should().Be("ws");
        emulator.ConnectionsAccepted.Should().Be(1);
        await WaitUntil(() => emulator.ConnectionsCompleted == 1);
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData("")]
    public async Task Connect_WrongToken_IsRefusedWith401WithoutUpgrade(string token)
    {
        await using var emulator = await Emulators.StartFastAsync();

        var status = await TestClient.RefusedStatusAsync(emulator, token: token);

        status.Should().Be(HttpStatusCode.Unauthorized);
        emulator.HandshakesRefused.Should().Be(1);
        emulator.ConnectionsAccepted.Should().Be(0);
    }

    [Fact]
    public async Task Connect_ConfiguredToken_IsTheOnlyOneAccepted()
    {
        var options = Emulators.FastOptions();
        options.Token = "my-secret";
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();

        emulator.Token.Should().Be("my-secret");
        (await TestClient.RefusedStatusAsync(emulator, token: "my-secret2")).Should().Be(HttpStatusCode.Unauthorized);
        await using var client = await TestClient.ConnectAsync(emulator, token: "my-secret");
        (await client.ReceiveAsync()).Should().NotBeNull();
    }

    [Fact]
    public async Task Connect_SourceFilter_SendsOnlyTheRequestedSourcesInOrder()
    {
        await using var emulator = await Emulators.StartFastAsync();
        await using var client = await TestClient.ConnectAsync(emulator, "source=chart&source=clock&future_option=1");

        var (messages, _) = await client.ReadToEndAsync();

        var expected = emulator.Timeline.Where(m => m.Source is "chart" or "clock").Select(m => m.GetJson()).ToList();
        messages.Select(m => System.Text.Encoding.UTF8.GetString(m)).Should().Equal(expected);
        expected.Should().Contain(m => m.Contains("\"chart\"", StringComparison.Ordinal));
        emulator.QueryStrings.Should().ContainSingle().Which.Should().Contain("future_option=1");
    }

    [Fact]
    public async Task Connect_GameStatsLevel_ShrinksTheSummaryToGameStats()
    {
        await using var emulator = await Emulators.StartFastAsync();
        await using var full = await TestClient.ConnectAsync(emulator, "source=broadcastsummary");
        await using var small = await TestClient.ConnectAsync(emulator, "source=broadcastsummary&broadcast_summary_level=game_stats");

        var (fullMessages, _) = await full.ReadToEndAsync();
        var (smallMessages, _) = await small.ReadToEndAsync();

        smallMessages.Should().HaveCount(fullMessages.Count).And.NotBeEmpty();
        for (var i = 0; i < smallMessages.Count; i++)
        {
            var before = Payload.Parse(fullMessages[i]).Data;
            var after = Payload.Parse(smallMessages[i]).Data;
            before.TryGetProperty("half_1_stats", out _).Should().BeTrue();
            after.TryGetProperty("half_1_stats", out _).Should().BeFalse();
            after.TryGetProperty("half_2_stats", out _).Should().BeFalse();
            after.GetProperty("game_stats").GetRawText().Should().Be(before.GetProperty("game_stats").GetRawText());
            after.GetProperty("period").GetString().Should().Be(before.GetProperty("period").GetString());
            smallMessages[i].Length.Should().BeLessThan(fullMessages[i].Length / 2);
            LiveDataMessageSerializer.Deserialize(smallMessages[i]).Should().BeOfType<BroadcastSummaryEvent>();
        }
    }

    [Fact]
    public async Task Connect_LastSeq_ResendsExactlyTheSequencedMessagesAfterIt()
    {
        await using var emulator = await Emulators.StartFastAsync();
        var sequenced = emulator.Timeline.Where(m => m.Sequence is not null).ToList();
        var lastSeq = sequenced[sequenced.Count / 2].Sequence!.Value;
        await using var client = await TestClient.ConnectAsync(emulator, $"last_seq={lastSeq}");

        var (messages, aborted) = await client.ReadToEndAsync();

        aborted.Should().BeFalse();
        var received = messages.Select(m => Payload.Parse(m)).Where(p => p.Sequence is not null).Select(p => p.Sequence!.Value).ToList();
        received.Should().Equal(sequenced.Select(m => m.Sequence!.Value).Where(s => s > lastSeq));
        emulator.RequestedLastSequences.Should().Equal(lastSeq);
    }

    [Fact]
    public async Task Reconnect_WithLastSeqAfterADrop_DeliversEverySequencedMessageOnceAndNonSequenceFromTheLiveTime()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { DropEveryMessages = 40 });
        var received = new List<long>();
        long? lastSeq = null;
        var connections = 0;
        while (true)
        {
            connections++;
            connections.Should().BeLessThan(500, "every connection makes progress");
            await using var client = await TestClient.ConnectAsync(emulator, lastSeq is { } s ? $"last_seq={s}" : null);
            var (messages, aborted) = await client.ReadToEndAsync();
            foreach (var seq in messages.Select(m => Payload.Parse(m).Sequence).OfType<long>())
            {
                received.Add(seq);
                lastSeq = seq;
            }

            if (!aborted)
            {
                break;
            }
        }

        var expected = emulator.Timeline.Select(m => m.Sequence).OfType<long>().ToList();
        received.Should().Equal(expected);
        connections.Should().BeGreaterThan(2);
        emulator.ConnectionsDropped.Should().Be(connections - 1);
        (emulator.MessagesSent - received.Count).Should().BeLessThan(emulator.Timeline.Count,
            "non-sequence sources are not replayed from the start after a reconnect");
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPong()
    {
        var options = Emulators.FastOptions();
        options.Pace = LiveDataReplayPace.RealTime;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator, "source=broadcastsummary");

        await client.SendTextAsync("{\"type\":\"ping\"}");

        (await client.ReceiveTextAsync()).Should().Be("{\"type\":\"pong\"}");
        emulator.PingsReceived.Should().Be(1);
    }

    [Fact]
    public async Task ClientClose_MidGame_CompletesTheCloseHandshake()
    {
        var options = Emulators.FastOptions();
        options.Pace = LiveDataReplayPace.RealTime;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator, "source=marker");
        (await client.ReceiveAsync()).Should().NotBeNull();

        await client.CloseAsync();

        client.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        emulator.ConnectionsCompleted.Should().Be(0);
    }

    [Fact]
    public async Task Connect_ManyClientsAtOnce_EachGetsItsOwnCompleteFilteredStream()
    {
        await using var emulator = await Emulators.StartFastAsync();
        string[] sources = ["chart", "clock", "location", "marker", "boxscorestatsv2", "possessions", "possessionstats", "lineupstats"];

        var results = await Task.WhenAll(sources.Select(async source =>
        {
            await using var client = await TestClient.ConnectAsync(emulator, $"source={source}");
            var (messages, aborted) = await client.ReadToEndAsync();
            return (source, messages, aborted);
        })).WithTimeout();

        foreach (var (source, messages, aborted) in results)
        {
            aborted.Should().BeFalse();
            messages.Select(m => System.Text.Encoding.UTF8.GetString(m))
                .Should().Equal(emulator.Timeline.Where(m => m.Source == source).Select(m => m.GetJson()), source);
        }

        emulator.ConnectionsAccepted.Should().Be(sources.Length);
    }

    [Fact]
    public async Task Connect_PlainHttpOrWrongPath_IsNotUpgraded()
    {
        await using var emulator = await Emulators.StartFastAsync();
        using var http = new HttpClient();
        var httpUri = new UriBuilder(TestClient.BuildUri(emulator)) { Scheme = "http" }.Uri;

        (await http.GetAsync(httpUri).WithTimeout()).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await http.GetAsync(new Uri(httpUri, "/other")).WithTimeout()).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await TestClient.RefusedStatusAsync(emulator, "last_seq=abc")).Should().Be(HttpStatusCode.BadRequest);
    }

    internal static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TaskTimeouts.Default;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should become true");
            await Task.Delay(10);
        }
    }
}
