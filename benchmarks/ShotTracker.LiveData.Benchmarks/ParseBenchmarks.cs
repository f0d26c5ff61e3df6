using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ShotTracker.LiveData.Protocol;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>
/// Parsing one message of each hot or heavy source: the SDK against the bare-reader floor and against
/// reflection-based <see cref="JsonSerializer"/> into plain classes.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new();
    private byte[] _location = [];
    private byte[] _clock = [];

    [GlobalSetup]
    public void Setup()
    {
        _location = Messages.LocationFrame();
        _clock = Messages.ClockTick();
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

    [Benchmark]
    [BenchmarkCategory("clock")]
    public double Clock_ReaderFloor() => ReaderFloor.Scan(_clock);

    [Benchmark]
    [BenchmarkCategory("clock")]
    public LiveDataEvent Clock_Sdk() => LiveDataMessageSerializer.Deserialize(_clock);

    [Benchmark]
    [BenchmarkCategory("clock")]
    public object? Clock_ReflectionPeer() => JsonSerializer.Deserialize<PlainEnvelope<PlainClockData>>(_clock, ReflectionOptions);
}
