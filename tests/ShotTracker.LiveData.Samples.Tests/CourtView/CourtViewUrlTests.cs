using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

/// <summary>
/// The sample started as a user would (<c>dotnet exec CourtView.dll</c>), told where to listen the standard ASP.NET
/// Core ways: it serves the page there, and Kestrel never overrides the addresses.
/// </summary>
public sealed partial class CourtViewUrlTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Urls_OnTheCommandLine_AllInterfaces_ServesThePage()
    {
        var (output, page) = await RunAndFetchAsync(["--demo", "--speed", "0", "--urls", "http://0.0.0.0:0"], environment: null);

        output.Should().MatchRegex(@"listening on http://0\.0\.0\.0:\d+", "every interface, as --urls asked").And.NotContain("Overriding address");
        page.Should().Contain("<title>Court view");
    }

    [Fact]
    public async Task AspNetCoreUrls_InTheEnvironment_ServesThePage()
    {
        var (output, page) = await RunAndFetchAsync(["--demo", "--speed", "0"], environment: ("ASPNETCORE_URLS", "http://127.0.0.1:0"));

        output.Should().MatchRegex(@"listening on http://127\.0\.0\.1:\d+").And.NotContain("5080", "ASPNETCORE_URLS was honoured, not the default").And.NotContain("Overriding address");
        page.Should().Contain("<title>Court view");
    }

    [Fact]
    public async Task Port_Shortcut_WinsOverTheEnvironment()
    {
        var (output, page) = await RunAndFetchAsync(["--demo", "--speed", "0", "--port", "0"], environment: ("ASPNETCORE_URLS", "http://0.0.0.0:0"));

        output.Should().MatchRegex(@"listening on http://127\.0\.0\.1:\d+", "--port is 127.0.0.1 and wins over ASPNETCORE_URLS").And.NotContain("Overriding address");
        page.Should().Contain("<title>Court view");
    }

    /// <summary>Starts the sample, reads the URL it prints, fetches the page from it, and stops the process.</summary>
    private static async Task<(string Output, string Page)> RunAndFetchAsync(string[] arguments, (string Name, string Value)? environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(SamplePath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only what the test sets: no inherited URL settings.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_URLS");
        start.Environment.Remove("URLS");
        if (environment is { } variable)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var opened = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (OpenLine().Match(line) is { Success: true } match)
            {
                opened.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var url = await opened.Task.WaitAsync(StartTimeout);
            using var http = new HttpClient { Timeout = StartTimeout };
            var page = await http.GetStringAsync(url);
            lock (output)
            {
                return (output.ToString(), page);
            }
        }
        catch (TimeoutException)
        {
            lock (output)
            {
                throw new TimeoutException($"The sample printed no URL within {StartTimeout}: {output}");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(StartTimeout);
        }
    }

    /// <summary>The sample's own build output (the same configuration as this test's), run with <c>dotnet exec</c>.</summary>
    private static string SamplePath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShotTracker.LiveData.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "samples", "CourtView", "bin", testOutput.Parent!.Name, testOutput.Name, "CourtView.dll");
    }

    [GeneratedRegex(@"Court view: open (\S+)")]
    private static partial Regex OpenLine();
}
