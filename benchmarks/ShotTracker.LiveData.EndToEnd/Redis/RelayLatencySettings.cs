using System.Globalization;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>What <c>redis-latency</c> measures.</summary>
/// <param name="Source">The blast server's source; <c>chart</c> (sequenced: the <c>seq</c> stream) or <c>location</c> (the frame script).</param>
/// <param name="Count">Messages per connection per run.</param>
/// <param name="Rate">Messages per second per connection.</param>
/// <param name="Runs">Runs, each after an unpaced warm-up of every consumer on its own game.</param>
/// <param name="Fsync">Redis' <c>appendfsync</c> (AOF is on).</param>
internal sealed record RelayLatencySettings(string Source, int Count, double Rate, int Runs, string Fsync)
{
    /// <summary>Gets the number of first messages of each consumer left out of its figures (one tenth).</summary>
    public int Warmup => Count / 10;

    /// <summary>Gets how many messages the unpaced warm-up before each run sends.</summary>
    public int WarmupCount => Math.Clamp(Count / 10, 1_000, 5_000);

    /// <summary>Gets the blast server's command-line options.</summary>
    public IEnumerable<string> ServerArgs =>
    [
        "--source", Source,
        "--count", Count.ToString(CultureInfo.InvariantCulture),
        "--rate", Rate.ToString(CultureInfo.InvariantCulture),
    ];
}
