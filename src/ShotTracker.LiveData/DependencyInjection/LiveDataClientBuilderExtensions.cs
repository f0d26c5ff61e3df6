using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData;
using ShotTracker.LiveData.Internal.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the per-game token provider to a configuration registered with <c>AddShotTrackerLiveData</c>.</summary>
public static class LiveDataClientBuilderExtensions
{
    private const string HttpClientNamePrefix = "ShotTracker.LiveData.Tokens";

    /// <summary>
    /// Gets each game's tokens from an HTTP endpoint (<see cref="HttpLiveDataTokenProvider"/>) through
    /// <c>IHttpClientFactory</c>, with <c>{gameId}</c> in the request URI replaced by the game id.
    /// </summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="configure">Sets the endpoint, headers and where the token is in the answer.</param>
    /// <returns>
    /// The named <see cref="IHttpClientBuilder"/> builder, to add handlers; for example <c>.AddStandardResilienceHandler()</c>
    /// from Microsoft.Extensions.Http.Resilience together with <c>MaxRetryAttempts = 0</c>.
    /// </returns>
    public static IHttpClientBuilder AddHttpTokenProvider(this ILiveDataClientBuilder builder, Action<HttpLiveDataTokenProviderOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var httpClient = AddHttpCore(builder);
        builder.Services.Configure(builder.Name, configure);
        return httpClient;
    }

    /// <summary>Gets each game's tokens from an HTTP endpoint configured by a configuration section.</summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="configuration">The section; keys are the option names (<c>RequestUriTemplate</c>, <c>Headers:X-Api-Key</c>, <c>TokenPropertyPath</c>…).</param>
    /// <returns>The named <see cref="IHttpClientBuilder"/> builder, to add handlers.</returns>
    public static IHttpClientBuilder AddHttpTokenProvider(this ILiveDataClientBuilder builder, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        var httpClient = AddHttpCore(builder);
        builder.Services.Configure<HttpLiveDataTokenProviderOptions>(builder.Name, o => LiveDataConfigurationBinder.Bind(configuration, o, builder.Name));
        builder.Services.Configure<LiveDataClientRegistration>(builder.Name, r => r.TokenSection = configuration);
        return httpClient;
    }

    /// <summary>Creates each game's token provider with a delegate of your own.</summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="factory">Returns the token provider for a game id; called once per created client.</param>
    /// <returns>The same builder.</returns>
    public static ILiveDataClientBuilder AddTokenProvider(this ILiveDataClientBuilder builder, Func<IServiceProvider, string, ILiveDataTokenProvider> factory)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        builder.Services.Configure<LiveDataClientRegistration>(builder.Name, r =>
        {
            r.TokenProviderFactory = factory;
            r.UsesHttpTokenProvider = false;
        });
        return builder;
    }

    private static IHttpClientBuilder AddHttpCore(ILiveDataClientBuilder builder)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        var name = builder.Name;
        var httpClientName = name.Length == 0 ? HttpClientNamePrefix : HttpClientNamePrefix + ":" + name;
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpLiveDataTokenProviderOptions>, HttpLiveDataTokenProviderOptionsValidator>());
        builder.Services.AddOptions<HttpLiveDataTokenProviderOptions>(name)
            .PostConfigure<IServiceProvider>(static (o, sp) => o.TimeProvider = ContainerTimeProvider.Resolve(o.IsTimeProviderSet, o.TimeProvider, sp))
            .ValidateOnStart();
        builder.Services.Configure<LiveDataClientRegistration>(name, r =>
        {
            r.UsesHttpTokenProvider = true;
            r.TokenProviderFactory = (services, gameId) =>
            {
                var clients = services.GetRequiredService<IHttpClientFactory>();
                return new HttpLiveDataTokenProvider(
                    () => clients.CreateClient(httpClientName),
                    gameId,
                    services.GetRequiredService<IOptionsMonitor<HttpLiveDataTokenProviderOptions>>().Get(name),
                    services.GetService<ILoggerFactory>()?.CreateLogger<HttpLiveDataTokenProvider>());
            };
        });

        // Header values (API keys, bearer tokens) are never written by the HTTP client logging.
        return builder.Services.AddHttpClient(httpClientName).RedactLoggedHeaders(static _ => true);
    }
}
