using System.Text.Json;

namespace ShotTracker.LiveData.Samples.ShotLogger;

/// <summary>
/// The last sequence number the worker handled for its game, kept in a small JSON file so that a restarted worker
/// resumes right after it (<c>last_seq</c>) instead of logging the game again from the start.
/// </summary>
/// <remarks>
/// Saved when the host stops. A crash loses the update and the next run re-logs what came after the saved point:
/// at least once. Save more often (every N events) to narrow that window.
/// </remarks>
internal sealed class ShotLoggerCheckpoint(string path)
{
    public string Path { get; } = path;

    /// <summary>Reads the saved sequence for a game; <see langword="null"/> when there is none, or it is another game's.</summary>
    public async Task<long?> LoadAsync(string gameId, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        await using var file = File.OpenRead(Path);
        using var document = await JsonDocument.ParseAsync(file, cancellationToken: cancellationToken);
        var root = document.RootElement;
        return root.GetProperty("gameId").GetString() == gameId ? root.GetProperty("lastSequence").GetInt64() : null;
    }

    /// <summary>Saves the sequence, replacing the file in one step so that a crash mid-write leaves the old one.</summary>
    public async Task SaveAsync(string gameId, long lastSequence, CancellationToken cancellationToken)
    {
        var temporary = Path + ".tmp";
        await using (var file = File.Create(temporary))
        await using (var writer = new Utf8JsonWriter(file))
        {
            writer.WriteStartObject();
            writer.WriteString("gameId", gameId);
            writer.WriteNumber("lastSequence", lastSequence);
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>Forgets the game once it is over.</summary>
    public void Delete() => File.Delete(Path);
}
