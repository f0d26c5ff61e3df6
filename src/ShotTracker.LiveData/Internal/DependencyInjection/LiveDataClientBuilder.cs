using Microsoft.Extensions.DependencyInjection;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

internal sealed class LiveDataClientBuilder(IServiceCollection services, string name) : ILiveDataClientBuilder
{
    public string Name { get; } = name;

    public IServiceCollection Services { get; } = services;
}
