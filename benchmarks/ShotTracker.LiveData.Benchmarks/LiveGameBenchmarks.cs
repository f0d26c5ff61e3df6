using BenchmarkDotNet.Attributes;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>
/// Folding a whole 48-minute game into a <see cref="LiveGame"/>: about 1,000 sequenced messages, 72,000 location
/// frames at 25 Hz, clock ticks at 2 Hz and the broadcast summaries, already parsed (parsing is measured elsewhere).
/// </summary>
[MemoryDiagnoser]
public class LiveGameBenchmarks
{
    private List<LiveDataEvent> _all = [];
    private List<LiveDataEvent> _withoutLocation = [];

    [GlobalSetup]
    public void Setup()
    {
        var game = SyntheticGame.Generate(new SyntheticGameOptions
        {
            Seed = 7,
            PeriodLength = TimeSpan.FromMinutes(12),
            LocationRateHz = 25,
            MaxOvertimes = 0,
        });
        _all = game.Messages.Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span)).ToList();
        _withoutLocation = _all.Where(e => e is not LocationEvent).ToList();
        var locations = _all.Count(e => e is LocationEvent);
        var sequenced = _all.Count(e => e.Sequence is not null);
        if (locations is < 70_000 or > 74_000 || sequenced is < 700 or > 2_000)
        {
            throw new InvalidOperationException($"The game has {locations} location frames and {sequenced} sequenced messages.");
        }

        var final = Fold(_all);
        if (final.Home?.Score != game.BoxScore.Home.Points || final.Away?.Score != game.BoxScore.Away.Points || final.Discrepancies.Count != 0)
        {
            throw new InvalidOperationException("The folded game does not match the synthetic game's box score.");
        }

        Console.WriteLine($"// {_all.Count} events: {locations} location frames, {sequenced} sequenced messages");
    }

    [Benchmark(Baseline = true)]
    public GameSnapshot FullGame() => Fold(_all);

    [Benchmark]
    public GameSnapshot FullGame_WithoutLocation() => Fold(_withoutLocation);

    private static GameSnapshot Fold(List<LiveDataEvent> events)
    {
        var game = new LiveGame();
        foreach (var e in events)
        {
            game.Apply(e);
        }

        return game.Current;
    }
}
