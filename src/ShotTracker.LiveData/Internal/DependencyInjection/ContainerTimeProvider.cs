using Microsoft.Extensions.DependencyInjection;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>Chooses the clock of options built by the container.</summary>
internal static class ContainerTimeProvider
{
    /// <summary>
    /// Returns the container's <see cref="TimeProvider"/> when the options' clock was never set and the container
    /// registers one, else the options' own.
    /// </summary>
    /// <remarks>
    /// An app that registers a <see cref="TimeProvider"/> (a fake one in its tests, say) expects every component it
    /// resolves to run on it; a clock set in code on the options, <see cref="TimeProvider.System"/> included, is an
    /// explicit choice and wins.
    /// </remarks>
    public static TimeProvider Resolve(bool isSet, TimeProvider configured, IServiceProvider services) =>
        !isSet && services.GetService<TimeProvider>() is { } registered ? registered : configured;
}
