using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>
/// Parsing a ~300 KB broadcast summary: the SDK against the bare-reader floor and against a
/// <see cref="JsonDocument"/> (the generic way to hold a shape this large without writing 200 classes).
/// </summary>
[MemoryDiagnoser]
public class BroadcastSummaryBenchmarks
{
    private byte[] _summary = [];

    [GlobalSetup]
    public void Setup()
    {
        _summary = Messages.LargeBroadcastSummary();
        if (_summary.Length is < 280_000 or > 400_000)
        {
            throw new InvalidOperationException($"The broadcast summary is {_summary.Length} bytes, not about 300 KB.");
        }

        if (LiveDataMessageSerializer.Deserialize(_summary) is not BroadcastSummaryEvent { Data.GameStats.Home.Players.Count: > 10 })
        {
            throw new InvalidOperationException("The broadcast summary benchmark message did not parse as expected.");
        }
    }

    /// <summary>Gets the message size, shown in the results table.</summary>
    [Params("~300KB")]
    public string Size { get; set; } = string.Empty;

    [Benchmark(Baseline = true)]
    public double Summary_ReaderFloor() => ReaderFloor.Scan(_summary);

    [Benchmark]
    public LiveDataEvent Summary_Sdk() => LiveDataMessageSerializer.Deserialize(_summary);

    [Benchmark]
    public int Summary_JsonDocument()
    {
        using var document = JsonDocument.Parse(_summary);
        return document.RootElement.GetProperty("data").GetPropertyCount();
    }
}
