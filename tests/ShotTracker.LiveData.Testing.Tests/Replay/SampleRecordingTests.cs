using ShotTracker.LiveData.Testing.Replay;

namespace ShotTracker.LiveData.Testing.Tests.Replay;

public sealed class SampleRecordingTests
{
    /// <summary>Set to 1 to rewrite the shipped recording after a deliberate change to the generator.</summary>
    private const string RegenerateVariable = "REGENERATE_SAMPLE_RECORDING";

    [Fact]
    public async Task SampleGame_IsTheGeneratorsOutputForItsFixedSeed()
    {
        var expected = NdjsonRecording.FromGame(SyntheticGame.Generate(SampleGame.Options), SampleGame.StartTime);
        using var expectedBytes = new MemoryStream();
        await expected.SaveAsync(expectedBytes);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            var path = Path.Combine(RepositoryRoot(), "src", "ShotTracker.LiveData.Testing", "Recordings", "sample-game.ndjson");
            await File.WriteAllBytesAsync(path, expectedBytes.ToArray());
        }

        var sample = NdjsonRecording.OpenSampleGame();

        sample.Messages.Should().HaveCount(expected.Messages.Count, $"set {RegenerateVariable}=1 and run this test to refresh the recording");
        for (var i = 0; i < sample.Messages.Count; i++)
        {
            sample.Messages[i].ReceivedAt.Should().Be(expected.Messages[i].ReceivedAt);
            sample.Messages[i].Utf8Json.ToArray().Should().Equal(expected.Messages[i].Utf8Json.ToArray());
        }
    }

    [Fact]
    public void SampleGame_IsASmallCompleteGameEveryMessageOfWhichParses()
    {
        var sample = NdjsonRecording.OpenSampleGame();

        sample.Messages.Count.Should().BeInRange(200, 800);
        var events = sample.Messages.Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span)).ToList();
        events.Should().NotContain(e => e is UnknownLiveDataEvent);
        events.Select(e => e.Source).Distinct().Should().HaveCount(9, "every source is in the sample");
        var summary = Payload.Parse(sample.Messages[^1].Utf8Json).Data;
        summary.GetProperty("period").GetString().Should().Be("COMPLETED");
        foreach (var side in new[] { "home", "away" })
        {
            var team = summary.GetProperty("game_stats").GetProperty(side).GetProperty("team");
            var teamId = team.GetProperty("team_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var payloads = sample.Messages.Select(m => Payload.Parse(m.Utf8Json)).ToList();
            var chart = payloads.Where(p => p.Source == "chart" && p.Data.GetProperty("tid").GetString() == teamId).Sum(p => p.Data.GetProperty("pts").GetInt32());
            var freeThrows = payloads.Count(p => p.Source == "boxscorestatsv2" && p.Data.GetProperty("tid").GetString() == teamId
                && p.Data.GetProperty("classification").GetString() == "FREE_THROW_MAKE");
            (chart + freeThrows).Should().Be(team.GetProperty("PTS").GetInt32());
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ShotTracker.LiveData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
