using System.Diagnostics;
using System.Globalization;
using CsCheck;
using ShotTracker.LiveData.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>Property-based fuzzing of the parser contract; see <see cref="ParserContract"/>.</summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    // The net10.0 suite runs the full count; the netstandard2.0 build shares the parser code, so a fifth is enough
    // there. LIVEDATA_FUZZ_CASES overrides both (1,000,000 for the long run in BENCHMARKS.md).
#if LIBRARY_NETSTANDARD
    private const long DefaultCases = 20_000;
#else
    private const long DefaultCases = 100_000;
#endif

    [Fact]
    public void Deserialize_HostileFrames_MeetParserContract()
    {
        var cases = long.TryParse(Environment.GetEnvironmentVariable("LIVEDATA_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;
        var seed = Environment.GetEnvironmentVariable("LIVEDATA_FUZZ_SEED");
        long accepted = 0;
        var clock = Stopwatch.StartNew();

        FrameFuzzer.Frames.Sample(
            frame =>
            {
                if (ParserContract.Check(frame))
                {
                    Interlocked.Increment(ref accepted);
                }
            },
            writeLine: output.WriteLine,
            seed: seed,
            iter: cases,
            print: FrameFuzzer.Print);

        clock.Stop();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{cases:N0} cases in {clock.Elapsed.TotalSeconds:F1} s ({cases / clock.Elapsed.TotalSeconds:N0}/s), {accepted:N0} accepted, 0 violations"));
    }
}
