namespace ShotTracker.LiveData.Samples.Tests.Readme;

/// <summary>The README's samples table, read in order by someone who has no recording yet.</summary>
public sealed class ReadmeSamplesTests
{
    [Fact]
    public void SamplesTable_SaysHowToRecordAGameBeforeItReplaysOne()
    {
        var readme = RepositoryFiles.ReadText("README.md");
        var samples = readme[readme.IndexOf("\n## Samples\n", StringComparison.Ordinal)..];
        samples = samples[..samples.IndexOf("\n## ", 1, StringComparison.Ordinal)];

        var record = samples.IndexOf("dotnet run --project samples/Recorder -- --demo --out game.ndjson", StringComparison.Ordinal);
        var replay = samples.IndexOf("--replay game.ndjson", StringComparison.Ordinal);

        record.Should().BeGreaterThan(0);
        replay.Should().BeGreaterThan(record, "a replay needs the recording the Recorder makes");
    }
}
