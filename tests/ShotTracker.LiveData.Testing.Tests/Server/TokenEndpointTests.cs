using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ShotTracker.LiveData.Testing.Tests.Server;

public sealed class TokenEndpointTests
{
    [Fact]
    public async Task TokenEndpoint_AnswersTheEmulatorsTokenForAnyGame()
    {
        await using var emulator = await Emulators.StartFastAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.TokenUriTemplate.Replace("{gameId}", "game-7", StringComparison.Ordinal))).WithTimeout();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("token").GetString().Should().Be(emulator.Token);
        body.RootElement.GetProperty("game_id").GetString().Should().Be("game-7");
        emulator.TokenUriTemplate.Should().Be($"http://127.0.0.1:{emulator.Endpoint.Port}/tokens/{{gameId}}");
        emulator.TokenRequests.Should().Equal("game-7");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong", HttpStatusCode.Unauthorized)]
    [InlineData("key-1", HttpStatusCode.OK)]
    public async Task TokenApiKey_IsRequiredInTheHeader(string? header, HttpStatusCode expected)
    {
        var options = Emulators.FastOptions();
        options.TokenApiKey = "key-1";
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, emulator.TokenUriTemplate.Replace("{gameId}", "9", StringComparison.Ordinal));
        if (header is not null)
        {
            request.Headers.Add("X-Api-Key", header);
        }

        using var response = await http.SendAsync(request).WithTimeout();

        response.StatusCode.Should().Be(expected);
        var body = await response.Content.ReadAsStringAsync();
        if (expected == HttpStatusCode.OK)
        {
            body.Should().Contain(emulator.Token);
        }
        else
        {
            body.Should().NotContain(emulator.Token, "a refused request learns nothing");
        }
    }

    [Theory]
    [InlineData("/tokens/")]
    [InlineData("/tokens/a/b")]
    public async Task TokenEndpoint_WithoutASingleGameId_IsNotFound(string path)
    {
        await using var emulator = await Emulators.StartFastAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{emulator.Endpoint.Port}{path}")).WithTimeout();

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AppsHttpTokenConfiguration_StreamsTheGameThroughTheEmulatorsTokenEndpoint()
    {
        var options = Emulators.FastOptions(seed: 4);
        options.TokenApiKey = "app-key";
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var provider = AppServices(emulator, tokens => tokens.Headers["X-Api-Key"] = "app-key");
        await using var client = provider.GetRequiredService<ILiveDataClientFactory>().CreateClient("game-4");

        var sequenced = 0;
        await foreach (var e in client.StreamAsync().WithCancellation(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token))
        {
            sequenced += e.Sequence is null ? 0 : 1;
        }

        sequenced.Should().Be(emulator.Timeline.Count(m => m.Sequence is not null));
        emulator.TokenRequests.Should().Equal("game-4");
    }

    [Fact]
    public async Task WrongApiKey_FailsTheStreamWithTheStatusCode()
    {
        var options = Emulators.FastOptions();
        options.TokenApiKey = "app-key";
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var provider = AppServices(
            emulator,
            tokens => tokens.Headers["X-Api-Key"] = "not-the-key",
            client => client.Reconnect.MaxRetryAttempts = 0);
        await using var client = provider.GetRequiredService<ILiveDataClientFactory>().CreateClient("game-1");

        var stream = async () =>
        {
            await foreach (var _ in client.StreamAsync())
            {
            }
        };

        (await stream.Should().ThrowAsync<LiveDataTokenException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        emulator.ConnectionsAccepted.Should().Be(0);
    }

    [Fact]
    public async Task TokenRequestFailures_AnswerTheFirstRequests503()
    {
        await using var emulator = await Emulators.StartFastAsync(faults: new EmulatorFaults { TokenRequestFailures = 2 });
        using var http = new HttpClient();
        var uri = new Uri(emulator.TokenUriTemplate.Replace("{gameId}", "1", StringComparison.Ordinal));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(uri).WithTimeout();
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
    }

    [Fact]
    public async Task HttpTokenProvider_RetriesThroughTokenServiceFailures()
    {
        var options = Emulators.FastOptions(faults: new EmulatorFaults { TokenRequestFailures = 2 });
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var provider = AppServices(emulator, tokens => tokens.RetryDelay = TimeSpan.FromMilliseconds(10));
        await using var client = provider.GetRequiredService<ILiveDataClientFactory>().CreateClient("game-2");

        var delivered = 0;
        await foreach (var _ in client.StreamAsync().WithCancellation(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token))
        {
            delivered++;
        }

        delivered.Should().BeGreaterThan(0);
        emulator.TokenRequests.Should().Equal("game-2", "game-2", "game-2");
        emulator.ConnectionsAccepted.Should().Be(1);
    }

    [Theory]
    [InlineData("/tokens")]
    [InlineData("/tokens/live")]
    public async Task PathUnderTokens_IsRejected(string path)
    {
        var start = () => LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Path = path });

        await start.Should().ThrowAsync<ArgumentException>().WithMessage("*token endpoint*");
        var negative = () => LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Faults = new EmulatorFaults { TokenRequestFailures = -1 } });
        await negative.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    /// <summary>An app's registration pointed at the emulator: its WebSocket, and its token endpoint for the HTTP provider.</summary>
    private static ServiceProvider AppServices(
        LiveDataEmulator emulator, Action<HttpLiveDataTokenProviderOptions> configureTokens, Action<LiveDataClientOptions>? configureClient = null)
    {
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o =>
        {
            o.Endpoint = emulator.Endpoint;
            o.AllowInsecureTransport = true;
            configureClient?.Invoke(o);
        }).AddHttpTokenProvider(o =>
        {
            o.RequestUriTemplate = emulator.TokenUriTemplate;
            configureTokens(o);
        });
        return services.BuildServiceProvider();
    }
}
