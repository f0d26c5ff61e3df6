using System.Globalization;
using System.Text;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>The wire messages the benchmarks parse: realistic sizes and number formats.</summary>
internal static class Messages
{
    /// <summary>A location frame as the service sends it many times a second: 10 players and the ball.</summary>
    public static byte[] LocationFrame()
    {
        var sb = new StringBuilder(4096);
        sb.Append("""{"type":"data","source":"location","data":{"gcms":462500,"scms":18300,"cr":true,"period":"Q2","facilityId":"fac-204","courtId":"court-1","sessionId":"sess-88431","locations":[""");
        for (var i = 0; i < 10; i++)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $$"""{"t":1732500000{{100 + i}},"type":"PLAYER","pid":{{100200 + i}},"tid":{{(i < 5 ? 5001 : 5002)}},"x":{{4521.5 + (i * 811.25)}},"y":{{-2210.25 + (i * 301.5)}},"z":1050,"speed":{{3.42 + (i * 0.11)}},"dist":{{18234.7 + (i * 97.3)}},"vx":1.25,"vy":-0.75,"vz":0.02},""");
        }

        sb.Append("""{"t":1732500000123,"type":"BALL","bid":"ball-7","x":4700.0,"y":-2100.5,"z":2480.75,"speed":5.1,"dist":30211.2,"vx":2.2,"vy":-1.1,"vz":3.3}]}}""");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>A clock tick (2 Hz).</summary>
    public static byte[] ClockTick() => Encoding.UTF8.GetBytes(
        """{"type":"data","source":"clock","data":{"gid":"6541f3b2a7c9e81d2f0b4c11","period":"Q2","type":"GAME_SHOT_CLOCK","state":"STARTED","source":"OFFICIAL","min":"7","sec":"42","subSec":"5","shotSec":"18","shotSubSec":"3","controllerId":"ctrl-17"}}""");

    /// <summary>A test fixture copied next to the benchmark binary.</summary>
    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>
    /// A full-detail broadcast summary of about 300 KB: the fixture with every period's rosters and shot
    /// locations multiplied up to the size of a late-game summary.
    /// </summary>
    public static byte[] LargeBroadcastSummary()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(Fixture("broadcastsummary.json"))!;
        var data = root["data"]!.AsObject();
        var copies = 1;
        while (Encoding.UTF8.GetByteCount(root.ToJsonString()) < 300_000 && copies < 64)
        {
            copies++;
            foreach (var period in data.Where(p => p.Key.EndsWith("_stats", StringComparison.Ordinal)).Select(p => p.Value!.AsObject()).ToList())
            {
                foreach (var side in new[] { "home", "away" })
                {
                    var players = period[side]?["players"]?.AsArray();
                    if (players is { Count: > 1 })
                    {
                        players.Add(players[1]!.DeepClone());
                    }
                }
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
