using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;
using ShotTracker.LiveData.Tests.Shared;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>A relay process (samples/RelayHost) killed with SIGKILL mid-game: the stream in Redis is where the next one goes on.</summary>
public sealed class RelayProcessKillTests
{
    [Fact]
    public async Task RelayProcess_KilledWithSigkillMidGame_TheNextRelayFinishesTheGameWithEverySeqOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 7),
            Pace = LiveDataReplayPace.Speed(10),
        });
        var expected = GameStreams.ExpectedSequences(emulator);
        var keys = GameStreams.Keys();
        using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();

        using (var child = ChildProcess.Start("samples/RelayHost", "RelayHost", [
            $"--LiveData:Endpoint={emulator.Endpoint}",
            "--LiveData:AllowInsecureTransport=true",
            $"--LiveData:Tokens:RequestUriTemplate={emulator.TokenUriTemplate}",
            $"--RedisRelay:Configuration={redis.Configuration}",
            "--RedisRelay:Games:0=g1",
            "--RedisRelay:Games:1=",
        ]))
        {
            await Eventually.TrueAsync(() => GameStreams.HasAtLeastAsync(database, keys.Sequenced, 5), "the relay process to write five entries");
            child.Signal("KILL");
            await child.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        (await database.StreamLengthAsync(keys.Sequenced)).Should().BeLessThan(expected.Length, "the process was killed mid-game");
        await using (var next = await RelayHarness.StartAsync(emulator, redis))
        {
            await next.WaitForGamesEndedAsync();
        }

        GameStreams.Sequences(await GameStreams.ReadAsync(database, keys.Sequenced)).Should().Equal(expected);
    }
}
