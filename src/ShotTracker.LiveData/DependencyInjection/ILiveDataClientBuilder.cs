using Microsoft.Extensions.DependencyInjection;

namespace ShotTracker.LiveData;

/// <summary>
/// Configures one named Live Data configuration registered with <c>AddShotTrackerLiveData</c>: add a token provider
/// with <c>AddHttpTokenProvider</c> or <c>AddTokenProvider</c>.
/// </summary>
public interface ILiveDataClientBuilder
{
    /// <summary>Gets the configuration's name (<see cref="string.Empty"/> for the default one).</summary>
    string Name { get; }

    /// <summary>Gets the service collection the configuration is registered in.</summary>
    IServiceCollection Services { get; }
}
