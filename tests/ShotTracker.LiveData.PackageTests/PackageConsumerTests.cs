using System.IO.Compression;
using System.Xml.Linq;

namespace ShotTracker.LiveData.PackageTests;

/// <summary>
/// The consumer's view: both packages packed, installed from a local folder feed into a fresh console app that
/// registers the SDK in a host with one call, streams a game from the packaged emulator and reads the SDK's metrics
/// with a <c>MeterListener</c>.
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class PackageConsumerTests : IDisposable
{
    private const string Version = "0.0.0-packagetest";
    private const string RepositoryUrl = "https://git.example.org/acme/shottracker-livedata.git";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10); // a hang guard, not a budget: a pack on a loaded 2-core machine was seen to take over 4 minutes
    private readonly string _work = Directory.CreateTempSubdirectory("shottracker-package-").FullName;

    [Fact]
    public async Task PackedPackages_InstalledFromLocalFeed_RegisterInAHost_StreamFromTheEmulator_AndShowTheirMetrics()
    {
        var root = RepositoryRoot.Find();
        var feed = Path.Combine(_work, "feed");
        var app = Path.Combine(_work, "consumer");

        // Packed by the README's own commands (Contributing), with this test's version and feed folder.
        var packs = ReadmeLocalFeed.PackCommands(root, feed);
        packs.Select(args => Path.GetFileName(args[1])).Should().BeEquivalentTo(
            Directory.GetDirectories(Path.Combine(root, "src")).Select(Path.GetFileName), "the README packs every package");
        foreach (var args in packs)
        {
            // The repository URL a release sets; without it the URLs come from git's origin (PackageMetadataTests).
            await DotNetCli.RunAsync(root, StepTimeout, [.. args, $"-p:Version={Version}", $"-p:RepositoryUrl={RepositoryUrl}"]);
        }

        foreach (var project in new[] { "ShotTracker.LiveData", "ShotTracker.LiveData.Testing" })
        {
            File.Exists(Path.Combine(feed, $"{project}.{Version}.snupkg")).Should().BeTrue($"symbols ship beside {project}");
        }

        AssertLibraryPackage(Path.Combine(feed, $"ShotTracker.LiveData.{Version}.nupkg"));
        AssertTestingPackage(Path.Combine(feed, $"ShotTracker.LiveData.Testing.{Version}.nupkg"));
        foreach (var (package, readme) in new[]
        {
            ("ShotTracker.LiveData", "README.md"),
            ("ShotTracker.LiveData.Testing", "src/ShotTracker.LiveData.Testing/README.md"),
            ("ShotTracker.LiveData.Redis", "src/ShotTracker.LiveData.Redis/README.md"),
        })
        {
            GalleryReadme.AssertLinksWorkOnTheGallery(Path.Combine(feed, $"{package}.{Version}.nupkg"), readme, root, RepositoryUrl[..^".git".Length]);
        }


        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ShotTracker.LiveData" Version="{Version}" />
                <PackageReference Include="ShotTracker.LiveData.Testing" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);

        // The local feed is added to, not instead of, the machine's configured sources: the packages' own
        // dependencies (Polly, System.Text.Json ...) come from there. Added by the README's command, into the app's
        // nuget.config rather than the machine's.
        var nugetConfig = Path.Combine(app, "nuget.config");
        await File.WriteAllTextAsync(nugetConfig, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources />
            </configuration>
            """);
        await DotNetCli.RunAsync(app, StepTimeout, ReadmeLocalFeed.AddSourceCommand(root, feed, nugetConfig));

        // An isolated folder: the repository's Directory.Build.props and central versions must not leak in.
        await File.WriteAllTextAsync(Path.Combine(_work, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(_work, "Directory.Packages.props"), "<Project />");

        // The generic host comes with the ASP.NET Core shared framework the Testing package references.
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """"
            using System.Diagnostics.Metrics;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using ShotTracker.LiveData;
            using ShotTracker.LiveData.Testing;

            var parsed = LiveDataMessageSerializer.Deserialize(
                """{"type":"data","source":"chart","seq":7,"data":{"pid":"100234","st":"MAKE","is3":true,"pts":3}}""");
            if (parsed is ChartEvent shot)
            {
                Console.WriteLine($"seq={shot.Sequence} result={shot.Data.Result} points={shot.Data.Points}");
            }

            Console.WriteLine($"sample recording: {NdjsonRecording.OpenSampleGame().Messages.Count} messages");

            await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
            {
                Game = SyntheticGameOptions.Short(seed: 3),
                Pace = LiveDataReplayPace.AsFastAsPossible,
            });

            long metered = 0;
            using var listener = new MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (instrument.Meter.Name == "ShotTracker.LiveData")
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                },
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (instrument.Name == "shottracker.livedata.messages")
                {
                    Interlocked.Add(ref metered, value);
                }
            });
            listener.Start();

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddShotTrackerLiveData(o =>
            {
                o.Endpoint = emulator.Endpoint;
                o.AllowInsecureTransport = true;
            }).AddHttpTokenProvider(o => o.RequestUriTemplate = emulator.TokenUriTemplate);
            using var host = builder.Build();
            await host.StartAsync();

            var delivered = 0;
            await using (var client = host.Services.GetRequiredService<ILiveDataClientFactory>().CreateClient("game-3"))
            {
                await foreach (var e in client.StreamAsync())
                {
                    delivered += e is PongEvent ? 0 : 1;
                }
            }

            await host.StopAsync();
            Console.WriteLine($"timeline={emulator.Timeline.Count} delivered={delivered} metered={Interlocked.Read(ref metered)} tokens={string.Join(",", emulator.TokenRequests)}");
            """");

        await DotNetCli.RunAsync(app, StepTimeout, "restore", "--packages", Path.Combine(_work, "packages"));
        var output = await DotNetCli.RunAsync(app, StepTimeout, "run", "--no-restore");

        output.Should().Contain("seq=7 result=Make points=3");
        output.Should().MatchRegex(@"sample recording: [1-9]\d* messages", "the recording is embedded in the package");
        var timeline = await TimelineLengthAsync();
        output.Should().Contain($"timeline={timeline} delivered={timeline} metered={timeline} tokens=game-3",
            "every message reaches the consumer once, the meter counts each, and the token came through the HTTP provider");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still held by a build server must not fail the test.
        }
    }

    private static async Task<int> TimelineLengthAsync()
    {
        await using var emulator = await Testing.LiveDataEmulator.StartAsync(new Testing.LiveDataEmulatorOptions
        {
            Game = Testing.SyntheticGameOptions.Short(seed: 3),
        });
        return emulator.Timeline.Count;
    }

    private static void AssertLibraryPackage(string path)
    {
        var (nuspec, entries) = ReadPackage(path);
        Metadata(nuspec, "license").Should().Be("MIT");
        Metadata(nuspec, "readme").Should().Be("README.md");
        var ns = nuspec.Root!.Name.Namespace;
        var repository = nuspec.Descendants(ns + "repository").Should().ContainSingle().Subject;
        repository.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$", "SourceLink stamps the commit the package was built from");
        AssertUrls(nuspec);
        entries.Should().Contain("README.md");
        foreach (var tfm in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            entries.Should().Contain([$"lib/{tfm}/ShotTracker.LiveData.dll", $"lib/{tfm}/ShotTracker.LiveData.xml"], $"{tfm} ships with its XML docs");
        }
    }

    private static void AssertTestingPackage(string path)
    {
        var (nuspec, entries) = ReadPackage(path);
        Metadata(nuspec, "license").Should().Be("MIT");
        Metadata(nuspec, "readme").Should().Be("README.md");
        entries.Should().Contain(["README.md", "lib/net8.0/ShotTracker.LiveData.Testing.dll", "lib/net10.0/ShotTracker.LiveData.Testing.xml"]);
        var ns = nuspec.Root!.Name.Namespace;
        AssertUrls(nuspec);
        nuspec.Descendants(ns + "dependency").Should().Contain(
            d => (string?)d.Attribute("id") == "ShotTracker.LiveData" && (string?)d.Attribute("version") == Version,
            "the emulator depends on the SDK of the same version");
        nuspec.Descendants(ns + "frameworkReference").Should().Contain(
            f => (string?)f.Attribute("name") == "Microsoft.AspNetCore.App",
            "Kestrel comes from the shared framework, which the consumer gets through the package");
    }

    private static void AssertUrls(XDocument nuspec)
    {
        var ns = nuspec.Root!.Name.Namespace;
        var repository = nuspec.Descendants(ns + "repository").Should().ContainSingle().Subject;
        ((string?)repository.Attribute("type")).Should().Be("git");
        ((string?)repository.Attribute("url")).Should().Be(RepositoryUrl);
        Metadata(nuspec, "projectUrl").Should().Be("https://git.example.org/acme/shottracker-livedata", "the project page is the repository's web page");
    }

    private static (XDocument Nuspec, IReadOnlyList<string> Entries) ReadPackage(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        return (XDocument.Load(stream), zip.Entries.Select(e => e.FullName).ToArray());
    }

    private static string? Metadata(XDocument nuspec, string name)
    {
        var ns = nuspec.Root!.Name.Namespace;
        return nuspec.Root.Element(ns + "metadata")!.Element(ns + name)?.Value;
    }
}
