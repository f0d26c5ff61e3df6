using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>
/// Parsing one message of each sequenced source (the game's events: marker, box score, chart is in
/// <see cref="ParseBenchmarks"/>, possessions, possession and lineup stats) against the bare-reader floor on the same
/// bytes. Ratios are against each source's own floor.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SequencedParseBenchmarks
{
    private byte[] _marker = [];
    private byte[] _boxScore = [];
    private byte[] _possessions = [];
    private byte[] _possessionStats = [];
    private byte[] _lineupStats = [];

    [GlobalSetup]
    public void Setup()
    {
        _marker = Messages.Fixture("marker.json");
        _boxScore = Messages.Fixture("boxscorestatsv2.json");
        _possessions = Messages.Fixture("possessions.json");
        _possessionStats = Messages.Fixture("possessionstats.json");
        _lineupStats = Messages.Fixture("lineupstats.json");

        // A benchmark that measured an error path would be worthless: check each message parses as intended.
        Require(LiveDataMessageSerializer.Deserialize(_marker) is MarkerEvent { Data.Details.Team2Id: "5002" }, "marker");
        Require(LiveDataMessageSerializer.Deserialize(_boxScore) is BoxScoreStatsEvent { Data.TotalStats.Points: 81 }, "box score");
        Require(LiveDataMessageSerializer.Deserialize(_possessions) is PossessionsEvent { Data.Possession.Events.Count: 3 }, "possessions");
        Require(LiveDataMessageSerializer.Deserialize(_possessionStats) is PossessionStatsEvent { Data.Summary.Count: 2 }, "possession stats");
        Require(LiveDataMessageSerializer.Deserialize(_lineupStats) is LineupStatsEvent { Data.Players.Count: 5 }, "lineup stats");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("marker")]
    public double Marker_ReaderFloor() => ReaderFloor.Scan(_marker);

    [Benchmark]
    [BenchmarkCategory("marker")]
    public LiveDataEvent Marker_Sdk() => LiveDataMessageSerializer.Deserialize(_marker);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("boxscorestatsv2")]
    public double BoxScore_ReaderFloor() => ReaderFloor.Scan(_boxScore);

    [Benchmark]
    [BenchmarkCategory("boxscorestatsv2")]
    public LiveDataEvent BoxScore_Sdk() => LiveDataMessageSerializer.Deserialize(_boxScore);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("possessions")]
    public double Possessions_ReaderFloor() => ReaderFloor.Scan(_possessions);

    [Benchmark]
    [BenchmarkCategory("possessions")]
    public LiveDataEvent Possessions_Sdk() => LiveDataMessageSerializer.Deserialize(_possessions);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("possessionstats")]
    public double PossessionStats_ReaderFloor() => ReaderFloor.Scan(_possessionStats);

    [Benchmark]
    [BenchmarkCategory("possessionstats")]
    public LiveDataEvent PossessionStats_Sdk() => LiveDataMessageSerializer.Deserialize(_possessionStats);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("lineupstats")]
    public double LineupStats_ReaderFloor() => ReaderFloor.Scan(_lineupStats);

    [Benchmark]
    [BenchmarkCategory("lineupstats")]
    public LiveDataEvent LineupStats_Sdk() => LiveDataMessageSerializer.Deserialize(_lineupStats);

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The {what} benchmark message did not parse as expected.");
        }
    }
}
