namespace ShotTracker.LiveData.PackageTests;

[Collection(DotNetCliCollection.Name)]
public sealed class PackageConsumerTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);
    private readonly string _work = Directory.CreateTempSubdirectory("shottracker-package-").FullName;

    [Fact]
    public async Task PackedLibrary_InstalledFromLocalFeed_BuildsAndRunsInAFreshConsoleApp()
    {
        var root = RepositoryRoot.Find();
        var feed = Path.Combine(_work, "feed");
        var app = Path.Combine(_work, "consumer");
        var version = "0.0.0-packagetest";

        await DotNetCli.RunAsync(root, StepTimeout, "pack", Path.Combine(root, "src", "ShotTracker.LiveData"), "-c", "Release", "-o", feed, $"-p:Version={version}");
        File.Exists(Path.Combine(feed, $"ShotTracker.LiveData.{version}.nupkg")).Should().BeTrue();
        File.Exists(Path.Combine(feed, $"ShotTracker.LiveData.{version}.snupkg")).Should().BeTrue("symbols ship beside the package");

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
                <PackageReference Include="ShotTracker.LiveData" Version="{version}" />
              </ItemGroup>
            </Project>
            """);

        // The local feed is added to, not instead of, the machine's configured sources: the package's own
        // dependencies (Polly, System.Text.Json ...) come from there.
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // An isolated folder: the repository's Directory.Build.props and central versions must not leak in.
        await File.WriteAllTextAsync(Path.Combine(_work, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(_work, "Directory.Packages.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """"
            using ShotTracker.LiveData;
            using ShotTracker.LiveData.Protocol;

            var e = LiveDataMessageSerializer.Deserialize(
                """{"type":"data","source":"chart","seq":7,"data":{"pid":"100234","st":"MAKE","is3":true,"pts":3}}""");
            if (e is ChartEvent shot)
            {
                Console.WriteLine($"seq={shot.Sequence} result={shot.Data.Result} points={shot.Data.Points}");
            }
            """");

        await DotNetCli.RunAsync(app, StepTimeout, "restore", "--packages", Path.Combine(_work, "packages"));
        var output = await DotNetCli.RunAsync(app, StepTimeout, "run", "--no-restore");

        output.Should().Contain("seq=7 result=Make points=3");
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
}
