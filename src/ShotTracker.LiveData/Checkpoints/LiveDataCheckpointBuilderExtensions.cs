using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData;
using ShotTracker.LiveData.Internal.Checkpoints;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds a checkpoint store and per-game workers to a configuration registered with <c>AddShotTrackerLiveData</c>.</summary>
/// <remarks>
/// The store is registered as a keyed singleton <see cref="ILiveDataCheckpointStore"/> under the configuration's name
/// (<see cref="string.Empty"/> for the default one), so app code can resolve it with <c>GetRequiredKeyedService</c>.
/// </remarks>
public static class LiveDataCheckpointBuilderExtensions
{
    /// <summary>Uses a checkpoint store created by a delegate (a singleton) for this configuration's game workers.</summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="factory">Creates the store, once.</param>
    /// <returns>The same builder.</returns>
    public static ILiveDataClientBuilder UseCheckpointStore(this ILiveDataClientBuilder builder, Func<IServiceProvider, ILiveDataCheckpointStore> factory)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        builder.Services.AddKeyedSingleton(builder.Name, (services, _) => factory(services));
        return builder;
    }

    /// <summary>Uses a checkpoint store of a type the container creates (a singleton) for this configuration's game workers.</summary>
    /// <typeparam name="TStore">The store; its constructor's parameters are resolved from the container.</typeparam>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <returns>The same builder.</returns>
    public static ILiveDataClientBuilder UseCheckpointStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>(this ILiveDataClientBuilder builder)
        where TStore : class, ILiveDataCheckpointStore =>
        builder.UseCheckpointStore(static services => ActivatorUtilities.CreateInstance<TStore>(services));

    /// <summary>Keeps this configuration's checkpoints in files, one per game, in a directory (<see cref="FileLiveDataCheckpointStore"/>).</summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="directory">The directory, created on the first save.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public static ILiveDataClientBuilder UseFileCheckpointStore(this ILiveDataClientBuilder builder, string directory)
    {
        var store = new FileLiveDataCheckpointStore(directory);
        return builder.UseCheckpointStore(_ => store);
    }

    /// <summary>
    /// Adds a hosted <typeparamref name="TWorker"/> that follows one game with this configuration; call once per game.
    /// </summary>
    /// <typeparam name="TWorker">The worker; its constructor's parameters are resolved from the container.</typeparam>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="gameId">The game to follow.</param>
    /// <param name="configure">Sets when the worker saves its checkpoint; <see langword="null"/> for the defaults.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="configure"/> set an invalid value.</exception>
    public static ILiveDataClientBuilder AddLiveDataGameWorker<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TWorker>(
        this ILiveDataClientBuilder builder, string gameId, Action<LiveDataGameWorkerOptions>? configure = null)
        where TWorker : LiveDataGameWorker
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (string.IsNullOrEmpty(gameId))
        {
            throw new ArgumentException("The game id must not be null or empty.", nameof(gameId));
        }

        var options = new LiveDataGameWorkerOptions();
        configure?.Invoke(options);
        var name = builder.Name;

        // Added, not TryAdded: one worker of the same type per game.
        builder.Services.Add(ServiceDescriptor.Singleton<IHostedService>(services =>
        {
            var worker = ActivatorUtilities.CreateInstance<TWorker>(services);
            worker.Attach(new GameWorkerSettings(
                name,
                gameId,
                options,
                services.GetRequiredService<ILiveDataClientFactory>(),
                services.GetKeyedService<ILiveDataCheckpointStore>(name),
                services.GetService<TimeProvider>() ?? TimeProvider.System,
                (ILogger?)services.GetService<ILoggerFactory>()?.CreateLogger<LiveDataGameWorker>() ?? NullLogger.Instance));
            return worker;
        }));
        return builder;
    }
}
