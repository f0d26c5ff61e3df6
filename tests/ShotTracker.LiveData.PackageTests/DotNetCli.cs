using System.Diagnostics;
using System.Text;

namespace ShotTracker.LiveData.PackageTests;

/// <summary>Runs the dotnet CLI with a deadline and captures everything it prints.</summary>
internal static class DotNetCli
{
    public static Task<string> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunProgramAsync("dotnet", workingDirectory, timeout, arguments);

    /// <summary>Runs any program; fails with everything it printed if it exits with an error or overruns.</summary>
    public static async Task<string> RunProgramAsync(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the child away from the test host's MSBuild node and settings.
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}:\n{output}");
        }

        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}");
        }

        return output.ToString();
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (sink)
            {
                sink.AppendLine(line);
            }
        }
    }
}
