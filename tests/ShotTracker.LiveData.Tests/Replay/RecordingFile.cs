using System.Text;

namespace ShotTracker.LiveData.Tests.Replay;

/// <summary>A real NDJSON file in the temp folder, written by <see cref="NdjsonRecorder"/>; deleted on dispose.</summary>
internal sealed class RecordingFile : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    private RecordingFile(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Records <paramref name="messages"/>, each received <c>At</c> after <see cref="Start"/>.</summary>
    public static async Task<RecordingFile> WriteAsync(IEnumerable<(TimeSpan At, string Json)> messages)
    {
        var file = new RecordingFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.ndjson"));
        await using var recorder = NdjsonRecorder.Create(file.Path);
        foreach (var (at, json) in messages)
        {
            await recorder.RecordAsync(Encoding.UTF8.GetBytes(json), Start + at);
        }

        return file;
    }

    /// <summary>Writes <paramref name="text"/> as the file, for lines the recorder would never write.</summary>
    public static RecordingFile WriteText(string text)
    {
        var file = new RecordingFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.ndjson"));
        File.WriteAllText(file.Path, text);
        return file;
    }

    public static string Line(TimeSpan at, string json) =>
        Encoding.UTF8.GetString(NdjsonRecorder.BuildLine(Encoding.UTF8.GetBytes(json), Start + at));

    public void Dispose() => File.Delete(Path);
}
