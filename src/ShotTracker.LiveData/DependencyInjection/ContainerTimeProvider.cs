using Microsoft.Extensions.DependencyInjection;

namespace ShotTracker.LiveData.DependencyInjection;

/// <summary>Chooses the clock of options built by the container.</summary>
internal static class ContainerTimeProvider
{
    /// <summary>
    /// Returns the container's <see cref="TimeProvider"/> when the options kept the default
    /// (<see cref="TimeProvider.System"/>) and the container registers one, else the options' own.
    /// </summary>
    /// <remarks>
    /// An app that registers a <see cref="TimeProvider"/> (a fake one in its tests, say) expects every component it
    /// resolves to run on it; one set in code on the options is an explicit choice and wins.
    /// </remarks>
    public static TimeProvider Resolve(TimeProvider configured, IServiceProvider services) =>
        ReferenceEquals(configured, TimeProvider.System) && services.GetService<TimeProvider>() is { } registered
            ? registered
            : configured;
}
