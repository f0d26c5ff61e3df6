using System.Globalization;
using System.Text;
using ShotTracker.LiveData.Internal.Checkpoints;
using ShotTracker.LiveData.Internal;

namespace ShotTracker.LiveData;

/// <summary>
/// An <see cref="ILiveDataCheckpointStore"/> that keeps one small text file per game in a directory: the sequence
/// number in decimal. At-least-once: see the remarks of <see cref="ILiveDataCheckpointStore"/>.
/// </summary>
/// <remarks>
/// <para>
/// A save writes a temporary file, flushes it to the disk and renames it over the checkpoint, so a crash or power cut
/// leaves the old checkpoint or the new one, never a torn one. Saves of one game are serialized across threads and
/// processes by an exclusive lock on a <c>.lock</c> file beside it.
/// </para>
/// <para>
/// A checkpoint never moves backwards: saving a sequence at or below the stored one changes nothing, so two workers
/// following the same game (an old one still shutting down, a new one starting) cannot undo each other's progress.
/// <see cref="DeleteAsync"/> forgets a game.
/// </para>
/// <para>
/// Game ids are encoded into file names (<c>[a-z0-9-]</c> kept, everything else escaped), so no id, <c>../x</c>
/// included, names a file outside the directory. Thread-safe.
/// </para>
/// </remarks>
public sealed class FileLiveDataCheckpointStore : ILiveDataCheckpointStore
{
    private const string Extension = ".checkpoint";
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(10);
    private readonly TimeProvider _timeProvider;
    private TimeSpan _lockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Initializes a store that keeps its files in <paramref name="directory"/>, created on the first save.</summary>
    /// <param name="directory">The directory; relative paths are resolved against the current directory now.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public FileLiveDataCheckpointStore(string directory)
        : this(directory, TimeProvider.System)
    {
    }

    internal FileLiveDataCheckpointStore(string directory, TimeProvider timeProvider)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("The checkpoint directory must not be null or empty.", nameof(directory));
        }

        Directory = Path.GetFullPath(directory);
        _timeProvider = timeProvider;
    }

    /// <summary>Gets the full path of the directory the checkpoints are kept in.</summary>
    public string Directory { get; }

    /// <summary>Gets or sets how long a save waits for another thread or process holding the game's lock.</summary>
    /// <value>The default is 30 seconds. Must be positive.</value>
    public TimeSpan LockTimeout
    {
        get => _lockTimeout;
        set => _lockTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The lock timeout must be positive.");
    }

    /// <summary>Gets the path of the file that holds a game's checkpoint.</summary>
    /// <param name="gameId">The game or drill id.</param>
    /// <returns>A path inside <see cref="Directory"/>, whether or not the file exists.</returns>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    public string GetPath(string gameId) => Path.Combine(Directory, FileNameOf(gameId) + Extension);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    /// <exception cref="InvalidDataException">The file does not hold a sequence number.</exception>
    public ValueTask<long?> LoadAsync(string gameId, CancellationToken cancellationToken = default)
    {
        var path = GetPath(gameId);
        cancellationToken.ThrowIfCancellationRequested();
        return new(Read(path));
    }

    /// <inheritdoc />
    /// <remarks>
    /// A sequence at or below the saved one is ignored: the checkpoint never moves backwards. The task completes once
    /// the new file is flushed to the disk and renamed into place; the directory entry itself is not synced, so after a
    /// power cut the file system may still show the previous checkpoint, which repeats events and never skips one.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is negative.</exception>
    /// <exception cref="IOException">The lock was not free within <see cref="LockTimeout"/>, or the disk failed.</exception>
    public async ValueTask SaveAsync(string gameId, long sequence, CancellationToken cancellationToken = default)
    {
        if (sequence < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A sequence number is never negative.");
        }

        var path = GetPath(gameId);
        System.IO.Directory.CreateDirectory(Directory);
        using var gameLock = await LockAsync(path, cancellationToken).ConfigureAwait(false);
        if (Read(path) is { } saved && saved >= sequence)
        {
            return;
        }

        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var bytes = Encoding.ASCII.GetBytes(sequence.ToString(CultureInfo.InvariantCulture) + "\n");
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);

                // To the disk, not just the OS cache: the rename below must never publish a file whose data is not there.
                file.Flush(flushToDisk: true);
            }

            Replace(temporary, path);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Forgets a game's checkpoint (after the game is over, or to follow it again from the start).</summary>
    /// <param name="gameId">The game or drill id.</param>
    /// <param name="cancellationToken">Cancels the wait for the lock.</param>
    /// <returns>A task that completes when the file is gone.</returns>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    public async ValueTask DeleteAsync(string gameId, CancellationToken cancellationToken = default)
    {
        var path = GetPath(gameId);
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        using var gameLock = await LockAsync(path, cancellationToken).ConfigureAwait(false);
        File.Delete(path);
    }

    /// <inheritdoc />
    public override string ToString() => $"FileLiveDataCheckpointStore({Directory})";

    /// <summary>
    /// Creates the directory and writes, flushes and deletes a probe file in it, so that a directory the process cannot
    /// write (read-only, a mount gone read-only, a path under a file) is found when the app starts, not by a failed
    /// save every few events of a game whose checkpoints are all lost.
    /// </summary>
    /// <exception cref="IOException">The directory cannot be created or written; the message says which and why.</exception>
    internal void EnsureWritable()
    {
        var probe = Path.Combine(Directory, $".probe-{Guid.NewGuid():N}.tmp");
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using (var file = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose))
            {
                file.WriteByte((byte)'\n');
                file.Flush(flushToDisk: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"The checkpoint directory '{Directory}' cannot be written ({ex.Message.TrimEnd('.')}), so no checkpoint could be saved: give the process write access to it or choose another directory.",
                ex);
        }
    }

    private static string FileNameOf(string gameId) => string.IsNullOrEmpty(gameId)
        ? throw new ArgumentException("The game id must not be null or empty.", nameof(gameId))
        : CheckpointFileName.For(gameId);

    private static long? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.ASCII);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new InvalidDataException($"The checkpoint file '{path}' does not hold a sequence number.");
    }

    private static void Replace(string temporary, string path)
    {
#if NET8_0_OR_GREATER
        File.Move(temporary, path, overwrite: true);
#else
        if (File.Exists(path))
        {
            File.Replace(temporary, path, destinationBackupFileName: null);
        }
        else
        {
            File.Move(temporary, path);
        }
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover temporary file is harmless: it is never read.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Takes the game's exclusive lock: a lock file opened with <see cref="FileShare.None"/> (an OS lock, <c>flock</c> on Unix).</summary>
    private async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        var lockPath = path + ".lock";
        var deadline = _timeProvider.GetTimestamp() + (long)(LockTimeout.TotalSeconds * _timeProvider.TimestampFrequency);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // The lock file stays: deleting it would let a third writer lock a new file while the second holds the old.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
            {
                if (_timeProvider.GetTimestamp() >= deadline)
                {
                    throw new IOException($"The checkpoint lock '{lockPath}' was held by another writer for longer than {LockTimeout}.", ex);
                }
            }

            await TimeCompat.DelayAsync(_timeProvider, LockRetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }
}
