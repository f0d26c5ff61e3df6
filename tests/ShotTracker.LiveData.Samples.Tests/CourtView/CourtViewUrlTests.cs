using System.Text.RegularExpressions;
using ShotTracker.LiveData.Tests.Shared;

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
        using var sample = ChildProcess.Start("samples/CourtView", "CourtView", arguments, variables =>
        {
            // Only what the test sets: no inherited URL settings.
            variables.Remove("ASPNETCORE_URLS");
            variables.Remove("DOTNET_URLS");
            variables.Remove("URLS");
            if (environment is { } variable)
            {
                variables[variable.Name] = variable.Value;
            }
        });

        var line = await sample.WaitForLineAsync(l => OpenLine().IsMatch(l), "with the URL to open", StartTimeout);
        using var http = new HttpClient { Timeout = StartTimeout };
        var page = await http.GetStringAsync(new Uri(OpenLine().Match(line).Groups[1].Value));
        return (sample.Output, page);
    }

    [GeneratedRegex(@"Court view: open (\S+)")]
    private static partial Regex OpenLine();
}
