using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Samples.RelayHost;

/// <summary>Builds and runs the host: the Live Data configuration, its HTTP token provider, and the relay of its games.</summary>
internal static class RelayHostApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var demo = args.Contains("--demo") ? await DemoEnvironment.StartAsync() : null;
        var builder = Host.CreateApplicationBuilder(args.Where(a => a != "--demo").ToArray());
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        if (demo is not null)
        {
            builder.Configuration.AddInMemoryCollection(demo.Settings);
        }

        var liveData = builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"));
        liveData.AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"));
        liveData.AddLiveDataRedisRelay(builder.Configuration.GetSection("RedisRelay"));
        builder.Services.AddHostedService(services => new RelayReporter(
            services, services.GetRequiredService<IHostApplicationLifetime>(), stopWhenGamesEnd: demo is not null));

        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
