using BenchmarkDotNet.Running;

// Run all with: dotnet run -c Release --project benchmarks/ShotTracker.LiveData.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
