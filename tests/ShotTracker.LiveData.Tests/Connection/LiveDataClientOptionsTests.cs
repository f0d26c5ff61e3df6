namespace ShotTracker.LiveData.Tests.Connection;

public sealed class LiveDataClientOptionsTests
{
    private static LiveDataClientOptions Valid() => new()
    {
        Endpoint = new Uri("wss://example.test/live"),
        TokenProvider = LiveDataTokenProvider.FromToken("t"),
    };

    public static TheoryData<string, Action<LiveDataClientOptions>, string> Invalid => new()
    {
        { "no endpoint", o => o.Endpoint = null, "LiveDataClientOptions.Endpoint is required" },
        { "http", o => o.Endpoint = new Uri("https://example.test/live"), "LiveDataClientOptions.Endpoint must be an absolute ws:// or wss:// URI" },
        { "ws without opt-in", o => o.Endpoint = new Uri("ws://127.0.0.1/live"), "AllowInsecureTransport" },
        { "token in endpoint", o => o.Endpoint = new Uri("wss://example.test/live?token=x"), "'token' query parameter" },
        { "no token provider", o => o.TokenProvider = null, "LiveDataClientOptions.TokenProvider is required" },
        { "ping too slow", o => o.PingInterval = TimeSpan.FromSeconds(31), "LiveDataClientOptions.PingInterval must be positive and at most 30 seconds" },
        { "ping zero", o => o.PingInterval = TimeSpan.Zero, "LiveDataClientOptions.PingInterval" },
        { "pong zero", o => o.PongTimeout = TimeSpan.Zero, "LiveDataClientOptions.PongTimeout must be positive" },
        { "connect zero", o => o.ConnectTimeout = TimeSpan.Zero, "LiveDataClientOptions.ConnectTimeout must be positive" },
        { "tiny messages", o => o.MaxMessageSize = 10, "LiveDataClientOptions.MaxMessageSize must be at least 1024" },
        { "no buffer", o => o.EventBufferCapacity = 0, "LiveDataClientOptions.EventBufferCapacity must be positive" },
        { "negative seq", o => o.LastSequence = -1, "LiveDataClientOptions.LastSequence must not be negative" },
        { "reserved extra", o => o.AdditionalQueryParameters["last_seq"] = "1", "reserved parameter 'last_seq'" },
        { "empty level", o => o.BroadcastSummaryLevel = string.Empty, "LiveDataClientOptions.BroadcastSummaryLevel" },
        { "keep-latest sequenced", o => o.BackpressurePolicies[LiveDataSource.Chart] = LiveDataBackpressurePolicy.KeepLatest, "'chart', a sequenced source" },
        { "backoff inverted", o => o.Reconnect = new ReconnectOptions { Delay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) }, "LiveDataClientOptions.Reconnect.MaxDelay" },
        { "negative attempts", o => o.Reconnect = new ReconnectOptions { MaxRetryAttempts = -1 }, "LiveDataClientOptions.Reconnect.MaxRetryAttempts" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_InvalidOption_ThrowsNamingTheOption(string scenario, Action<LiveDataClientOptions> breakIt, string expected)
    {
        var options = Valid();
        breakIt(options);

        var act = () => new LiveDataClient(options);

        act.Should().Throw<ArgumentException>(scenario).WithMessage($"*{expected}*");
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new LiveDataClientOptions();

        options.PingInterval.Should().Be(TimeSpan.FromSeconds(15));
        options.PongTimeout.Should().Be(TimeSpan.FromSeconds(10));
        options.ConnectTimeout.Should().Be(TimeSpan.FromSeconds(15));
        options.MaxMessageSize.Should().Be(16 * 1024 * 1024);
        options.Reconnect.Delay.Should().Be(TimeSpan.FromMilliseconds(500));
        options.Reconnect.MaxDelay.Should().Be(TimeSpan.FromSeconds(30));
        options.Reconnect.UseJitter.Should().BeTrue();
        options.Reconnect.MaxRetryAttempts.Should().BeNull();
        options.AllowInsecureTransport.Should().BeFalse();
        options.BackpressurePolicies.Should().BeEmpty();
        options.TimeProvider.Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void Constructor_WsWithOptIn_IsAccepted()
    {
        var options = Valid();
        options.Endpoint = new Uri("ws://127.0.0.1:5000/live");
        options.AllowInsecureTransport = true;
        options.BackpressurePolicies[LiveDataSource.Location] = LiveDataBackpressurePolicy.KeepLatest;

        var act = () => new LiveDataClient(options);

        act.Should().NotThrow();
    }
}
