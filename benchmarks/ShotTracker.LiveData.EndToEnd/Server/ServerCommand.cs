using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.EndToEnd.Feed;
using ShotTracker.LiveData.EndToEnd.Redis;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.EndToEnd.Server;

/// <summary>
/// <c>server</c>: the feed in its own process. <c>--source location|chart|clock</c> blasts <c>--count</c> messages to
/// every connection (paced at <c>--rate</c> msg/s when given); <c>--source game</c> runs the Testing emulator's
/// synthetic game in real time instead (as fast as the client reads with <c>--pace fast</c>), in quarters of
/// <c>--period</c> minutes (default 5), with location frames at <c>--rate</c> Hz while the clock runs (default 25); with
/// <c>--redis CONFIG</c> it also relays that game into Redis as game <c>--game</c> (default <c>bench</c>).
/// A connection's query may ask for <c>count=N</c> (unpaced): the consumers' warm-up. Prints <c>READY endpoint token</c>, then answers <c>stats</c> on standard input
/// with <c>SENT n</c> and stops at <c>quit</c> or end of input.
/// </summary>
internal static class ServerCommand
{
    public const string Token = "bench-token";

    public static async Task<int> RunAsync(CommandLine args)
    {
        var name = args.Get("source", "location");
        var port = args.GetInt("port", 0);
        return name == "game"
            ? await RunEmulatorAsync(port, args)
            : await RunBlastAsync(FeedSource.Get(name), args.GetInt("count", 200_000), args.GetDouble("rate", 0), port);
    }

    private static async Task<int> RunBlastAsync(FeedSource source, int count, double rate, int port)
    {
        long sent = 0;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        await using var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.Run(async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            // A consumer's warm-up asks for fewer messages, unpaced, on the same server.
            var warmup = int.TryParse(context.Request.Query["count"], CultureInfo.InvariantCulture, out var n);
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await new BlastConnection(socket, source, warmup ? n : count, warmup ? 0 : rate).RunAsync(() => Interlocked.Increment(ref sent), context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var endpoint = new Uri($"ws://127.0.0.1:{new Uri(address).Port.ToString(CultureInfo.InvariantCulture)}/live");
        await ServeCommandsAsync(endpoint, Token, () => Interlocked.Read(ref sent));
        await app.StopAsync();
        return 0;
    }

    private static async Task<int> RunEmulatorAsync(int port, CommandLine args)
    {
        var options = new LiveDataEmulatorOptions
        {
            Pace = args.Get("pace", "real") == "fast" ? LiveDataReplayPace.AsFastAsPossible : LiveDataReplayPace.RealTime,
            Port = port,
            // Five-minute quarters by default: ample for a fleet window, and quicker to generate than a full game.
            Game = new SyntheticGameOptions { LocationRateHz = args.GetInt("rate", 25), PeriodLength = TimeSpan.FromMinutes(args.GetInt("period", 5)) },
        };
        await using var emulator = await LiveDataEmulator.StartAsync(options);

        // With --redis, this process also relays the game into Redis, so a fleet of RedisLiveDataClients reads it in a
        // process that does nothing else.
        await using var relay = args.Has("redis")
            ? await BenchRelay.StartAsync(emulator.Endpoint, emulator.Token, args.Get("redis", ""), args.Get("game", "bench"), source: null, new RelayProbe(), CancellationToken.None)
            : null;
        await ServeCommandsAsync(emulator.Endpoint, emulator.Token, () => emulator.MessagesSent);
        return 0;
    }

    private static async Task ServeCommandsAsync(Uri endpoint, string token, Func<long> sent)
    {
        Console.WriteLine($"READY {endpoint} {token}");
        while (await Console.In.ReadLineAsync() is { } line && line != "quit")
        {
            if (line == "stats")
            {
                Console.WriteLine($"SENT {sent().ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }
}
