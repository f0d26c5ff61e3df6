using System.Globalization;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>What a fleet run measures.</summary>
/// <param name="Consumer"><c>client</c> (<see cref="ClientFleetMember"/>) or <c>floor</c> (<see cref="FloorFleetMember"/>).</param>
/// <param name="Clients">Clients in this process, one game (one connection) each.</param>
/// <param name="Server"><c>game</c>: the Testing emulator's synthetic game in real time (location at 25 Hz plus every
/// other source, location at <paramref name="Rate"/> Hz while the clock runs); or a blast source name (<c>location</c>) paced at <paramref name="Rate"/> per connection.</param>
/// <param name="Rate">Messages per second per connection from a blast source.</param>
/// <param name="Duration">How long the measurement window lasts, after every client has received its first message.</param>
internal sealed record FleetSettings(string Consumer, int Clients, string Server, double Rate, TimeSpan Duration)
{
    /// <summary>Gets the server's command-line options.</summary>
    public IEnumerable<string> ServerArgs => Server == "game"
        ? ["--source", "game", "--rate", Rate.ToString(CultureInfo.InvariantCulture)]
        : ["--source", Server, "--rate", Rate.ToString(CultureInfo.InvariantCulture), "--count", int.MaxValue.ToString(CultureInfo.InvariantCulture)];
}
