using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData;
using ShotTracker.LiveData.Internal.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ShotTracker Live Data SDK: options validated at start-up and an <see cref="ILiveDataClientFactory"/>.</summary>
public static class LiveDataServiceCollectionExtensions
{
    /// <summary>Registers the default Live Data configuration, set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options shared by every game's client.</param>
    /// <returns>A builder to add the per-game token provider with.</returns>
    /// <remarks>The options are validated when the host starts, with the client's own messages.</remarks>
    public static ILiveDataClientBuilder AddShotTrackerLiveData(this IServiceCollection services, Action<LiveDataClientOptions> configure) =>
        services.AddShotTrackerLiveData(Options.Options.DefaultName, configure);

    /// <summary>Registers the default Live Data configuration, bound from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, for example <c>builder.Configuration.GetSection("LiveData")</c>; keys are the option names.</param>
    /// <returns>A builder to add the per-game token provider with.</returns>
    public static ILiveDataClientBuilder AddShotTrackerLiveData(this IServiceCollection services, IConfiguration configuration) =>
        services.AddShotTrackerLiveData(Options.Options.DefaultName, configuration);

    /// <summary>Registers a named Live Data configuration, set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The configuration's name, passed to <see cref="ILiveDataClientFactory.CreateClient(string, string)"/>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to add the per-game token provider with.</returns>
    public static ILiveDataClientBuilder AddShotTrackerLiveData(this IServiceCollection services, string name, Action<LiveDataClientOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var builder = AddCore(services, name);
        services.Configure(name, configure);
        return builder;
    }

    /// <summary>Registers a named Live Data configuration, bound from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The configuration's name, passed to <see cref="ILiveDataClientFactory.CreateClient(string, string)"/>.</param>
    /// <param name="configuration">The section; keys are the option names (<c>Endpoint</c>, <c>Sources</c>, <c>PingInterval</c>, <c>Reconnect:MaxDelay</c>…).</param>
    /// <returns>A builder to add the per-game token provider with.</returns>
    public static ILiveDataClientBuilder AddShotTrackerLiveData(this IServiceCollection services, string name, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        var builder = AddCore(services, name);
        services.Configure<LiveDataClientOptions>(name, o => LiveDataConfigurationBinder.Bind(configuration, o, name));
        services.Configure<LiveDataClientRegistration>(name, r => r.ClientSection = configuration);
        return builder;
    }

    private static LiveDataClientBuilder AddCore(IServiceCollection services, string name)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        services.AddOptions();
        services.TryAddSingleton<ILiveDataClientFactory>(LiveDataClientFactory.Create);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveDataClientOptions>, LiveDataClientOptionsValidator>());
        services.Configure<LiveDataClientRegistration>(name, static r => r.Registered = true);
        services.AddOptions<LiveDataClientOptions>(name)
            .PostConfigure<IServiceProvider>(static (o, sp) =>
            {
                o.MeterFactory ??= sp.GetService<IMeterFactory>();
                o.TimeProvider = ContainerTimeProvider.Resolve(o.IsTimeProviderSet, o.TimeProvider, sp);
            })
            .ValidateOnStart();
        return new LiveDataClientBuilder(services, name);
    }
}
