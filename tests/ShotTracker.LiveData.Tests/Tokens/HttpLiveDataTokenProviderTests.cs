using System.Net;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Tokens;

public sealed class HttpLiveDataTokenProviderTests
{
    private const string ApiKey = "api-KEY-very-secret";

    [Fact]
    public async Task GetTokenAsync_SubstitutesTheGameIdSendsTheHeaders_AndReadsTheTokenAtItsPath()
    {
        await using var server = await TestHttpServer.StartAsync(_ => (200, """{"data":{"token":"s3cr3t-T0KEN-value","expires":60}}"""));
        var options = Options(server, o =>
        {
            o.RequestUriTemplate = server.BaseAddress + "/v2/games/{gameId}/token?scope=live";
            o.Method = HttpMethod.Post;
            o.Headers["Authorization"] = "Bearer " + ApiKey;
            o.TokenPropertyPath = "data.token";
        });
        using var http = new HttpClient();

        var token = await new HttpLiveDataTokenProvider(http, "game 7/a", options).GetTokenAsync().DefaultTimeout();

        token.Should().Be(ClientHarness.Token);
        var request = server.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.PathAndQuery.Should().Be("/v2/games/game%207%2Fa/token?scope=live");
        request.Headers["X-Api-Key"].Should().Be(ApiKey);
        request.Headers["Authorization"].Should().Be("Bearer " + ApiKey);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task GetTokenAsync_ClientError_ThrowsATypedErrorWithTheStatusAtOnce(int status)
    {
        await using var server = await TestHttpServer.StartAsync(_ => (status, """{"error":"no"}"""));
        using var http = new HttpClient();
        var provider = new HttpLiveDataTokenProvider(http, "42", Options(server));

        var error = await Assert.ThrowsAsync<LiveDataTokenException>(() => provider.GetTokenAsync().AsTask()).DefaultTimeout();

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.IsTransient.Should().BeFalse();
        error.Message.Should().Contain($"HTTP {status}").And.Contain("/games/42/token").And.NotContain(ApiKey);
        server.Requests.Should().HaveCount(1, "a client error is not retried");
    }

    [Fact]
    public async Task GetTokenAsync_TransientErrors_AreRetried()
    {
        await using var server = await TestHttpServer.StartAsync(i => i < 2 ? (503, "{}") : (200, """{"token":"t-3"}"""));
        using var http = new HttpClient();

        var token = await new HttpLiveDataTokenProvider(http, "42", Options(server)).GetTokenAsync().DefaultTimeout();

        token.Should().Be("t-3");
        server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task GetTokenAsync_TransientErrorsBeyondTheRetries_ThrowWithTheLastStatus()
    {
        await using var server = await TestHttpServer.StartAsync(_ => (503, "{}"));
        using var http = new HttpClient();
        var provider = new HttpLiveDataTokenProvider(http, "42", Options(server, o => o.MaxRetryAttempts = 2));

        var error = await Assert.ThrowsAsync<LiveDataTokenException>(() => provider.GetTokenAsync().AsTask()).DefaultTimeout();

        error.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        error.IsTransient.Should().BeTrue();
        server.Requests.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("s3cr3t-T0KEN-value", "is not valid JSON")]
    [InlineData("""{"token":"s3cr3t-T0KEN-value""", "is not valid JSON")]
    [InlineData("""{"access_token":"s3cr3t-T0KEN-value"}""", "has no property 'token'")]
    [InlineData("""{"token":{"value":"s3cr3t-T0KEN-value"}}""", "is Object, not a non-empty string")]
    [InlineData("""{"token":""}""", "is String, not a non-empty string")]
    public async Task GetTokenAsync_AnswerWithoutAToken_ThrowsWithoutQuotingTheAnswer(string body, string problem)
    {
        await using var server = await TestHttpServer.StartAsync(_ => (200, body));
        using var http = new HttpClient();
        var logger = new CapturingLogger<HttpLiveDataTokenProvider>();
        var provider = new HttpLiveDataTokenProvider(http, "42", Options(server), logger);

        var error = await Assert.ThrowsAsync<LiveDataTokenException>(() => provider.GetTokenAsync().AsTask()).DefaultTimeout();

        error.Message.Should().Contain(problem);
        error.StatusCode.Should().Be(HttpStatusCode.OK);
        var texts = logger.Lines.Select(l => l.Text).Append(error.ToString()).Append(provider.ToString());
        texts.Should().NotContain(t => t.Contains(ClientHarness.Token) || t.Contains(ApiKey));
        var line = logger.Lines.Should().ContainSingle(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning, "the failure is logged once, where it happened").Subject;
        line.Id.Id.Should().Be(25);
        line.Level.Should().Be(Microsoft.Extensions.Logging.LogLevel.Warning);
        line.Text.Should().Contain("HTTP 200, but the answer holds no token").And.Contain(problem).And.NotContain("failed (HTTP");
    }

    [Fact]
    public async Task GetTokenAsync_AnswerWithoutTheConfiguredPath_LogsThatThePathIsMissing()
    {
        await using var server = await TestHttpServer.StartAsync(_ => (200, """{"token":"s3cr3t-T0KEN-value"}"""));
        using var http = new HttpClient();
        var logger = new CapturingLogger<HttpLiveDataTokenProvider>();
        var provider = new HttpLiveDataTokenProvider(http, "42", Options(server, o => o.TokenPropertyPath = "data.token"), logger);

        await Assert.ThrowsAsync<LiveDataTokenException>(() => provider.GetTokenAsync().AsTask()).DefaultTimeout();

        logger.Lines.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(l => l.Text.Split(" | ")[0]).Should().Equal(
            "The token endpoint answered game 42 with HTTP 200, but the answer holds no token: the answer has no property 'data.token' (TokenPropertyPath).");
    }

    [Fact]
    public async Task GetTokenAsync_ErrorStatus_LogsTheStatusOnce()
    {
        await using var server = await TestHttpServer.StartAsync(_ => (404, "{}"));
        using var http = new HttpClient();
        var logger = new CapturingLogger<HttpLiveDataTokenProvider>();
        var provider = new HttpLiveDataTokenProvider(http, "42", Options(server), logger);

        await Assert.ThrowsAsync<LiveDataTokenException>(() => provider.GetTokenAsync().AsTask()).DefaultTimeout();

        logger.Lines.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(l => (l.Id.Id, l.Text.Split(" | ")[0])).Should().Equal(
            (22, "The token request for game 42 failed: HTTP 404 (Not Found)."));
    }

    [Fact]
    public async Task GetTokenAsync_Unreachable_ThrowsATransientErrorWithoutStatus()
    {
        using var closed = new BlackholeServer();
        var address = "http://127.0.0.1:" + closed.Endpoint.Port;
        closed.Dispose();
        using var http = new HttpClient();
        var options = Options(null, o =>
        {
            o.RequestUriTemplate = address + "/games/{gameId}/token";
            o.MaxRetryAttempts = 1;
        });

        var error = await Assert.ThrowsAsync<LiveDataTokenException>(() => new HttpLiveDataTokenProvider(http, "42", options).GetTokenAsync().AsTask()).DefaultTimeout();

        error.StatusCode.Should().BeNull();
        error.IsTransient.Should().BeTrue();
        error.Message.Should().Contain("could not be reached");
    }

    [Fact]
    public async Task GetTokenAsync_WithACacheLifetime_ReusesTheTokenUntilItExpires()
    {
        await using var server = await TestHttpServer.StartAsync(i => (200, "{\"token\":\"t-" + i + "\"}"));
        var time = new FakeTimeProvider();
        using var http = new HttpClient();
        var provider = new HttpLiveDataTokenProvider(http, "42", Options(server, o =>
        {
            o.CacheLifetime = TimeSpan.FromMinutes(1);
            o.TimeProvider = time;
        }));

        (await provider.GetTokenAsync().DefaultTimeout()).Should().Be("t-0");
        time.Advance(TimeSpan.FromSeconds(59));
        (await provider.GetTokenAsync().DefaultTimeout()).Should().Be("t-0");
        time.Advance(TimeSpan.FromSeconds(1));
        (await provider.GetTokenAsync().DefaultTimeout()).Should().Be("t-1");
        server.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(null, "RequestUriTemplate is required")]
    [InlineData("/games/{gameId}/token", "RequestUriTemplate must be an absolute http:// or https:// URI")]
    [InlineData("ftp://host/{gameId}", "RequestUriTemplate must be an absolute http:// or https:// URI")]
    public void Constructor_InvalidTemplate_NamesTheOption(string? template, string message)
    {
        var options = new HttpLiveDataTokenProviderOptions { RequestUriTemplate = template };
        using var http = new HttpClient();

        var act = () => new HttpLiveDataTokenProvider(http, "42", options);

        act.Should().Throw<ArgumentException>().WithMessage($"HttpLiveDataTokenProviderOptions.{message}*");
    }

    internal static HttpLiveDataTokenProviderOptions Options(TestHttpServer? server, Action<HttpLiveDataTokenProviderOptions>? configure = null)
    {
        var options = new HttpLiveDataTokenProviderOptions
        {
            RequestUriTemplate = server?.BaseAddress + "/games/{gameId}/token",
            RetryDelay = TimeSpan.FromMilliseconds(10),
            Headers = { ["X-Api-Key"] = ApiKey },
        };
        configure?.Invoke(options);
        return options;
    }
}
