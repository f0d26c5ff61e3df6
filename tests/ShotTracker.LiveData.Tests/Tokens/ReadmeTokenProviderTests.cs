using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData.DependencyInjection;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Tokens;

public sealed class ReadmeTokenProviderTests
{
    [Fact]
    public async Task StandardResilienceHandler_AsInTheReadme_RetriesTheTokenRequest()
    {
        await using var tokens = await TestHttpServer.StartAsync(i => i == 0 ? (503, "{}") : (200, """{"token":"t-1"}"""));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveData:Endpoint"] = "wss://live.example.com/v2",
            ["LiveData:Tokens:RequestUriTemplate"] = tokens.BaseAddress + "/games/{gameId}/token",
            ["LiveData:Tokens:MaxRetryAttempts"] = "0",
            ["LiveData:Tokens:AttemptTimeout"] = "00:00:35",
            ["LiveData:TokenResilience:Retry:Delay"] = "00:00:00.010",
        });

        #region README: Token providers
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"))
            .AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"))   // MaxRetryAttempts 0, AttemptTimeout 00:00:35
            .AddStandardResilienceHandler(builder.Configuration.GetSection("LiveData:TokenResilience"));
        #endregion

        using var host = builder.Build();
        var provider = host.Services.GetRequiredService<IOptionsMonitor<LiveDataClientRegistration>>()
            .Get(Options.DefaultName).TokenProviderFactory!(host.Services, "7");

        var token = await provider.GetTokenAsync().DefaultTimeout();

        token.Should().Be("t-1", "the handler retried the 503 inside the provider's one attempt");
        tokens.Requests.Should().HaveCount(2);
    }
}
