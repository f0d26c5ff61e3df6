using ShotTracker.LiveData.Testing;
using ShotTracker.LiveData.Tests.Shared;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>samples/RelayHost run as a child process that relays game <c>g1</c> of the emulator into the test's Redis.</summary>
internal static class RelayProcess
{
    /// <summary>The line the host logs when its relay starts following the game.</summary>
    public const string FollowingLine = "Relaying game g1 to Redis";

    public static ChildProcess Start(LiveDataEmulator emulator, RedisServer redis) => ChildProcess.Start("samples/RelayHost", "RelayHost", [
        $"--LiveData:Endpoint={emulator.Endpoint}",
        "--LiveData:AllowInsecureTransport=true",
        $"--LiveData:Tokens:RequestUriTemplate={emulator.TokenUriTemplate}",
        $"--RedisRelay:Configuration={redis.Configuration}",
        "--RedisRelay:Games:0=g1",
        "--RedisRelay:Games:1=",
    ]);
}
