using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using ShotTracker.LiveData.Samples.CourtView;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

/// <summary>
/// The court view app on an accelerated demo game and Debian's Chromium driven by Playwright. Playwright's own browser
/// download is never used (it cannot reach the network here): the browser is the system's, installed by .ci/run.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Generous: a loaded 2-core machine runs the game, the relay, Chromium and other tests at once.</summary>
    public const float WaitMilliseconds = 60_000;

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ShotTracker.LiveData.sln")))
                {
                    return Directory.CreateDirectory(Path.Combine(dir.FullName, "artifacts", "courtview")).FullName;
                }
            }

            throw new InvalidOperationException("The repository root (ShotTracker.LiveData.sln) was not found.");
        }
    }

    public async Task InitializeAsync()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser tests run in Debian's Chromium at {ChromiumPath}: apt-get install -y chromium (.ci/run does)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in a container has no user namespace sandbox.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            Timeout = WaitMilliseconds,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Starts the app on any free port with a demo game at <paramref name="speed"/>x.</summary>
    internal static Task<CourtViewApp> StartAppAsync(int seed, double speed, TimeSpan? reconnectDelay = null) =>
        CourtViewApp.StartAsync(["--demo", "--port", "0", "--speed", speed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            TextWriter.Null, CancellationToken.None, configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CourtView:ReconnectDelay"] = (reconnectDelay ?? TimeSpan.FromMilliseconds(500)).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            }));

    internal async Task<IPage> OpenAsync(CourtViewApp app)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(WaitMilliseconds);
        await page.GotoAsync(app.Url.ToString());
        return page;
    }
}
