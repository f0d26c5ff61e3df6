using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>
/// Parsing one message of each hot or heavy source: the SDK against the bare-reader floor and against
/// reflection-based <see cref="JsonSerializer"/> into plain classes. Ratios are against each source's own floor.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ParseBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new();
    private byte[] _location = [];
    private byte[] _clock = [];
    private byte[] _chart = [];

    [GlobalSetup]
    public void Setup()
    {
        _location = Messages.LocationFrame();
        _clock = Messages.ClockTick();
        _chart = Messages.Fixture("chart.json");

        // A benchmark that measured an error path would be worthless: check each message parses as intended.
        Require(LiveDataMessageSerializer.Deserialize(_location) is LocationEvent { Data.Locations.Count: 11 }, "location");
        Require(LiveDataMessageSerializer.Deserialize(_clock) is ClockEvent { Data.Seconds: "42" }, "clock");
        Require(LiveDataMessageSerializer.Deserialize(_chart) is ChartEvent { Data.Points: 3 }, "chart");
        Require(Location_ReflectionPeer() is PlainEnvelope<PlainLocationData> { Data.Locations.Count: 11 }, "location peer");
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The {what} benchmark message did not parse as expected.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("location")]
    public double Location_ReaderFloor() => ReaderFloor.Scan(_location);

    [Benchmark]
    [BenchmarkCategory("location")]
    public LiveDataEvent Location_Sdk() => LiveDataMessageSerializer.Deserialize(_location);

    [Benchmark]
    [BenchmarkCategory("location")]
    public object? Location_ReflectionPeer() => JsonSerializer.Deserialize<PlainEnvelope<PlainLocationData>>(_location, ReflectionOptions);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("clock")]
    public double Clock_ReaderFloor() => ReaderFloor.Scan(_clock);

    [Benchmark]
    [BenchmarkCategory("clock")]
    public LiveDataEvent Clock_Sdk() => LiveDataMessageSerializer.Deserialize(_clock);

    [Benchmark]
    [BenchmarkCategory("clock")]
    public object? Clock_ReflectionPeer() => JsonSerializer.Deserialize<PlainEnvelope<PlainClockData>>(_clock, ReflectionOptions);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("chart")]
    public double Chart_ReaderFloor() => ReaderFloor.Scan(_chart);

    [Benchmark]
    [BenchmarkCategory("chart")]
    public LiveDataEvent Chart_Sdk() => LiveDataMessageSerializer.Deserialize(_chart);

    [Benchmark]
    [BenchmarkCategory("chart")]
    public object? Chart_ReflectionPeer() => JsonSerializer.Deserialize<PlainEnvelope<PlainChartData>>(_chart, ReflectionOptions);
}
