using System.Globalization;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>What a fleet run measures.</summary>
/// <param name="Consumer"><c>client</c> (<see cref="ClientFleetMember"/>), <c>floor</c> (<see cref="FloorFleetMember"/>) or
/// <c>redis</c> or <c>redis-subscribers</c> (<see cref="RedisFleetMember"/>: the server process also relays its game into
/// <see cref="Redis"/>).</param>
/// <param name="Clients">Clients in this process, one game (one connection) each.</param>
/// <param name="Server"><c>game</c>: the Testing emulator's synthetic game in real time (location at 25 Hz plus every
/// other source, location at <paramref name="Rate"/> Hz while the clock runs); or a blast source name (<c>location</c>) paced at <paramref name="Rate"/> per connection.</param>
/// <param name="Rate">Messages per second per connection from a blast source.</param>
/// <param name="Duration">How long the measurement window lasts, after every client has received its first message.</param>
internal sealed record FleetSettings(string Consumer, int Clients, string Server, double Rate, TimeSpan Duration)
{
    /// <summary>Gets the Redis configuration string the <c>redis</c> consumer reads from (the server relays its game there).</summary>
    public string? Redis { get; init; }

    /// <summary>Gets the game id the server relays into Redis.</summary>
    public string RedisGame { get; init; } = "bench";

    /// <summary>Gets whether the <c>redis</c> clients share one multiplexer instead of each opening its own.</summary>
    public bool SharedConnection { get; init; }

    /// <summary>Gets whether the clients read the game from Redis rather than from the server.</summary>
    public bool ReadsRedis => Consumer.StartsWith("redis", StringComparison.Ordinal);

    /// <summary>Gets the server's command-line options.</summary>
    public IEnumerable<string> ServerArgs => (Server == "game"
        ? ["--source", "game", "--rate", Rate.ToString(CultureInfo.InvariantCulture)]
        : new[] { "--source", Server, "--rate", Rate.ToString(CultureInfo.InvariantCulture), "--count", int.MaxValue.ToString(CultureInfo.InvariantCulture) })
        .Concat(ReadsRedis ? ["--redis", Redis!, "--game", RedisGame] : []);
}
