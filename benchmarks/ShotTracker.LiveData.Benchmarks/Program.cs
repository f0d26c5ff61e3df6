using BenchmarkDotNet.Running;
using ShotTracker.LiveData.Benchmarks;

// Run all with: dotnet run -c Release --project benchmarks/ShotTracker.LiveData.Benchmarks -- --filter '*'
// Parse-to-floor ratios by alternating batches in one process: ... -- alternate [batches]
if (args is ["alternate", ..])
{
    AlternatingRatios.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
