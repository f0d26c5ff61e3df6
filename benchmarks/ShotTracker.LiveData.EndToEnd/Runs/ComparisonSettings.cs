using System.Globalization;

namespace ShotTracker.LiveData.EndToEnd.Runs;

/// <summary>What a comparison run measures.</summary>
/// <param name="Source">The blast server's source (<c>location</c>, <c>chart</c>, <c>clock</c>).</param>
/// <param name="Count">Messages per consumer per run.</param>
/// <param name="Runs">Interleaved runs; each starts a fresh server process and runs every consumer once.</param>
/// <param name="Rate">Messages per second when paced; 0 sends as fast as the consumer takes them.</param>
/// <param name="Consumers">Consumer names: <c>floor</c> (required, the baseline), <c>client</c>, <c>client+listener</c>, <c>peer</c>.</param>
internal sealed record ComparisonSettings(string Source, int Count, int Runs, double Rate, IReadOnlyList<string> Consumers)
{
    /// <summary>Gets the number of first messages of the measured read left out of its figures (one tenth).</summary>
    public int Warmup => Count / 10;

    /// <summary>Gets the server's command-line options.</summary>
    public IEnumerable<string> ServerArgs =>
    [
        "--source", Source,
        "--count", Count.ToString(CultureInfo.InvariantCulture),
        "--rate", Rate.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Gets how many messages each consumer reads, unpaced and unmeasured, before its measured read in a run.</summary>
    public int WarmupCount => Math.Clamp(Count / 10, 1_000, 5_000);
}
