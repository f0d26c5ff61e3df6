using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.DependencyInjection;

public sealed class ConfigurationValidationTests
{
    [Fact]
    public async Task MisspeltClientKey_FailsTheHostAtStartNamingTheKeyAndTheOneItMeant()
    {
        using var host = Host(new() { ["LiveData:PingIntervall"] = "00:00:10" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Message.Should().StartWith("The configuration key 'LiveData:PingIntervall' is not an option of LiveDataClientOptions. Did you mean 'PingInterval'? Valid keys: Endpoint, Token, Sources,");
    }

    [Fact]
    public async Task MisspeltTokenKey_FailsTheHostAtStartNamingTheKeyAndTheOneItMeant()
    {
        using var host = Host(new() { ["LiveData:Tokens:TokenPropertyPth"] = "data.token" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Message.Should().StartWith("The configuration key 'LiveData:Tokens:TokenPropertyPth' is not an option of HttpLiveDataTokenProviderOptions. Did you mean 'TokenPropertyPath'?")
            .And.EndWith("Valid keys: RequestUriTemplate, Method, TokenPropertyPath, CacheLifetime, MaxRetryAttempts, RetryDelay, AttemptTimeout, Headers.");
    }

    [Theory]
    [InlineData("LiveData:Reconect:MaxDelay", "'LiveData:Reconect' is not an option of LiveDataClientOptions. Did you mean 'Reconnect'?")]
    [InlineData("LiveData:Reconnect:MaxDelai", "'LiveData:Reconnect:MaxDelai' is not an option of ReconnectOptions. Did you mean 'MaxDelay'?")]
    [InlineData("LiveData:SomethingElse", "'LiveData:SomethingElse' is not an option of LiveDataClientOptions. Valid keys:")]
    public async Task UnknownKeys_FailTheHostAtStart(string key, string message)
    {
        using var host = Host(new() { [key] = "00:00:10" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Message.Should().Contain(message);
    }

    [Fact]
    public async Task SectionsOfTheAppsOwn_NextToTheOptions_AreAllowed()
    {
        using var host = Host(new()
        {
            ["LiveData:TokenResilience:Retry:MaxRetryAttempts"] = "3",
            ["LiveData:Checkpoints:Path"] = "/tmp",
        });

        await host.StartAsync().DefaultTimeout();
        await host.StopAsync().DefaultTimeout();
    }

    [Fact]
    public async Task MisspeltHttpMethod_FailsTheHostAtStart()
    {
        using var host = Host(new() { ["LiveData:Tokens:Method"] = "GTE" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Failures.Should().ContainSingle().Which.Should().Be("HttpLiveDataTokenProviderOptions.Method must be GET, POST, PUT or PATCH, but is 'GTE'. Did you mean GET?");
    }

    [Fact]
    public void HttpMethodInCode_IsValidatedByTheProviderToo()
    {
        var options = new HttpLiveDataTokenProviderOptions { RequestUriTemplate = "https://api.example/{gameId}", Method = new HttpMethod("FETCH") };

        var act = () => new HttpLiveDataTokenProvider(new HttpClient(), "1", options);

        act.Should().Throw<ArgumentException>().WithMessage("HttpLiveDataTokenProviderOptions.Method must be GET, POST, PUT or PATCH, but is 'FETCH'.*");
    }

    [Fact]
    public async Task MisspeltBackpressureSource_ListsTheValidSources()
    {
        using var host = Host(new() { ["LiveData:BackpressurePolicies:locaton"] = "KeepLatest" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Message.Should().Be(
            "The configuration value 'LiveData:BackpressurePolicies' ('locaton') is not a valid source (marker, broadcastsummary, boxscorestatsv2 or BoxScoreStats, chart, possessions, possessionstats, lineupstats, location, clock).");
    }

    [Fact]
    public async Task UnknownKey_IsAnOptionsValidationException_NamingTheOptionsAndTheKey()
    {
        using var host = Host(new() { ["LiveData:PingIntervall"] = "00:00:10" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.OptionsType.Should().Be<LiveDataClientOptions>();
        error.OptionsName.Should().Be(Options.DefaultName);
        error.Failures.Should().ContainSingle().Which.Should().Contain("'LiveData:PingIntervall'");
    }

    [Fact]
    public async Task MisspeltSectionName_NamesTheSectionThatWasReadAndTheNearOne()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveData:Endpoint"] = "wss://live.example.com/v2",
            ["LiveData:Tokens:RequestUriTemplate"] = "https://api.example.com/games/{gameId}/token",
        });
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveDta"))
            .AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokns"));
        using var host = builder.Build();

        var error = await Record.ExceptionAsync(() => host.StartAsync()).DefaultTimeout();

        var failures = (error is AggregateException all ? all.InnerExceptions : [error!])
            .Should().AllBeOfType<OptionsValidationException>().Subject.Cast<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        failures.Should().ContainInConsecutiveOrder(
            "AddShotTrackerLiveData read the configuration section 'LiveDta', which does not exist or is empty. Did you mean 'LiveData'?",
            "LiveDataClientOptions.Endpoint is required.");
        failures.Should().Contain("AddHttpTokenProvider read the configuration section 'LiveData:Tokns', which does not exist or is empty. Did you mean 'LiveData:Tokens'?");
    }

    [Fact]
    public async Task MissingSectionWithNothingNear_NamesTheSection()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("ShotTracker"))
            .AddTokenProvider((_, _) => LiveDataTokenProvider.FromToken("t"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Failures.Should().Equal(
            "AddShotTrackerLiveData read the configuration section 'ShotTracker', which does not exist or is empty.",
            "LiveDataClientOptions.Endpoint is required.");
    }

    [Theory]
    [InlineData("boxscorestatsv2")]
    [InlineData("BoxScoreStats")]
    [InlineData("boxscorestats")]
    public void Sources_AcceptTheWireNameAndTheEnumName(string name)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveData:Endpoint"] = "wss://live.example.com/v2",
            ["LiveData:Sources:0"] = name,
            ["LiveData:Sources:1"] = "Chart",
            ["LiveData:BackpressurePolicies:Location"] = "KeepLatest",
            ["LiveData:Token"] = "t",
        }).Build();
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(configuration.GetSection("LiveData"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().CurrentValue;

        options.Sources.Should().BeEquivalentTo([LiveDataSource.BoxScoreStats, LiveDataSource.Chart]);
        options.BackpressurePolicies.Should().Contain(LiveDataSource.Location, LiveDataBackpressurePolicy.KeepLatest);
    }

    private static IHost Host(Dictionary<string, string?> values)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveData:Endpoint"] = "wss://live.example.com/v2",
            ["LiveData:Tokens:RequestUriTemplate"] = "https://api.example.com/games/{gameId}/token",
        });
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"))
            .AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"));
        return builder.Build();
    }
}
