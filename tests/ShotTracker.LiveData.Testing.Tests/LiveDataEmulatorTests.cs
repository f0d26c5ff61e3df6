namespace ShotTracker.LiveData.Testing.Tests;

public sealed class LiveDataEmulatorTests
{
    /// <summary>Holds the Testing package README's example, so that it keeps compiling and working.</summary>
    [Fact]
    public async Task ReadmeExample_StartsAnEmulatorAndExposesTheGame()
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 7),   // two 1-minute halves; new() is a 40-minute game
            Pace = LiveDataReplayPace.AsFastAsPossible,   // or RealTime, or Speed(10)
        }).WithTimeout();

        emulator.Endpoint.AbsolutePath.Should().Be("/v2/live");
        emulator.Endpoint.Port.Should().BeGreaterThan(0);
        emulator.BoxScore!.Home.Points.Should().Be(SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 7)).BoxScore.Home.Points);
        emulator.Token.Should().HaveLength(32);
    }

    [Fact]
    public async Task RootReadmeExample_StreamsTheGameThroughTheClientWhileDroppingConnections()
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 7),                     // new() is a full 4 x 10 min game
            Pace = LiveDataReplayPace.AsFastAsPossible,                     // or RealTime, Speed(60)
            Faults = new EmulatorFaults { DropEveryMessages = 500 },        // see how your app rides reconnects
        });
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = emulator.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
            AllowInsecureTransport = true,
        });

        var sequences = new List<long>();
        await CollectSequencesAsync(client, sequences).WithTimeout(TimeSpan.FromSeconds(60));

        sequences.Should().Equal(emulator.Timeline.Where(m => m.Sequence is not null).Select(m => m.Sequence!.Value));
        emulator.ConnectionsDropped.Should().BeGreaterThan(0);
    }

    private static async Task CollectSequencesAsync(LiveDataClient client, List<long> sequences)
    {
        await foreach (var e in client.StreamAsync())
        {
            if (e.Sequence is { } seq)
            {
                sequences.Add(seq);
            }
        }
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_Throw()
    {
        var noOptions = () => LiveDataEmulator.StartAsync(null!);
        var badPath = () => LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Path = "live" });
        var badGame = () => LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = new SyntheticGameOptions { LocationRateHz = -1 } });

        await noOptions.Should().ThrowAsync<ArgumentNullException>();
        await badPath.Should().ThrowAsync<ArgumentException>();
        await badGame.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task DisposeAsync_IsIdempotentAndStopsListening()
    {
        var emulator = await Emulators.StartFastAsync();
        var endpoint = emulator.Endpoint;

        await emulator.DisposeAsync().AsTask().WithTimeout();
        await emulator.DisposeAsync().AsTask().WithTimeout();

        using var socket = new System.Net.WebSockets.ClientWebSocket();
        var connect = () => socket.ConnectAsync(endpoint, CancellationToken.None).WithTimeout();
        await connect.Should().ThrowAsync<System.Net.WebSockets.WebSocketException>();
    }

    [Fact]
    public async Task DisposeAsync_WithAClientMidGame_EndsTheConnectionPromptly()
    {
        var options = Emulators.FastOptions();
        options.Pace = LiveDataReplayPace.RealTime;
        var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator);
        (await client.ReceiveAsync()).Should().NotBeNull();

        await emulator.DisposeAsync().AsTask().WithTimeout(TimeSpan.FromSeconds(10));
        var (_, aborted) = await client.ReadToEndAsync(TimeSpan.FromSeconds(10));

        aborted.Should().BeTrue("the game did not end: no normal close");
    }
}
