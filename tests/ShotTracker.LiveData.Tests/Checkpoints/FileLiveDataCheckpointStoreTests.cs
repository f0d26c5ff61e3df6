using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Checkpoints;

public sealed class FileLiveDataCheckpointStoreTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task SaveAsync_ThenLoadAsync_KeepsEachGameApart_AndAnUnknownGameHasNone()
    {
        var store = new FileLiveDataCheckpointStore(Path.Combine(_root.Path, "nested", "checkpoints"));

        (await store.LoadAsync("game-1")).Should().BeNull("nothing was saved, and the directory does not exist yet");
        await store.SaveAsync("game-1", 41);
        await store.SaveAsync("game-2", 7);
        await store.SaveAsync("game-1", 42);

        (await store.LoadAsync("game-1")).Should().Be(42);
        (await store.LoadAsync("game-2")).Should().Be(7);
        (await new FileLiveDataCheckpointStore(store.Directory).LoadAsync("game-1")).Should().Be(42, "another instance (a restarted process) reads the same file");
        (await store.LoadAsync("game-3")).Should().BeNull();
        File.ReadAllText(store.GetPath("game-1")).Should().Be("42\n", "the file holds the number, readable by an operator");
        Directory.GetFiles(store.Directory).Select(Path.GetFileName).Should().BeEquivalentTo(
            ["game-1.checkpoint", "game-1.checkpoint.lock", "game-2.checkpoint", "game-2.checkpoint.lock"], "no temporary file is left behind");
    }

    [Fact]
    public async Task SaveAsync_ALowerOrEqualSequence_NeverMovesTheCheckpointBackwards()
    {
        var store = new FileLiveDataCheckpointStore(_root.Path);
        await store.SaveAsync("game", 100);
        var written = File.GetLastWriteTimeUtc(store.GetPath("game"));

        await store.SaveAsync("game", 99);
        await store.SaveAsync("game", 100);

        (await store.LoadAsync("game")).Should().Be(100);
        await store.DeleteAsync("game");
        (await store.LoadAsync("game")).Should().BeNull("a deleted checkpoint is the only way back to the start");
        await store.SaveAsync("game", 3);
        (await store.LoadAsync("game")).Should().Be(3);
        written.Should().BeOnOrBefore(DateTime.UtcNow);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/../../b")]
    [InlineData("..\\..\\windows")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\x")]
    [InlineData("nul")]
    [InlineData("with\0nul")]
    public async Task GetPath_AHostileGameId_StaysInsideTheDirectory(string gameId)
    {
        var store = new FileLiveDataCheckpointStore(Path.Combine(_root.Path, "store"));

        await store.SaveAsync(gameId, 5);

        var path = store.GetPath(gameId);
        Path.GetDirectoryName(path).Should().Be(store.Directory);
        Path.GetFileName(path).Should().MatchRegex("^[a-z0-9_~-]+\\.checkpoint$");
        (await store.LoadAsync(gameId)).Should().Be(5);
        Directory.GetFileSystemEntries(_root.Path).Should().Equal([store.Directory], "nothing was written outside the store's directory");
    }

    [Fact]
    public async Task GetPath_IdsThatDifferOnlyInCaseOrEscaping_OrAreVeryLong_GetTheirOwnFiles()
    {
        var store = new FileLiveDataCheckpointStore(_root.Path);
        string[] ids = ["game", "Game", "GAME", "game_47", "game/", "game%2f", new string('x', 400), new string('x', 399) + "y", "ゲーム"];

        for (var i = 0; i < ids.Length; i++)
        {
            await store.SaveAsync(ids[i], i);
        }

        ids.Select(store.GetPath).Should().OnlyHaveUniqueItems();
        ids.Should().OnlyContain(id => Path.GetFileName(store.GetPath(id)).Length < 200, "a file name stays within every file system's limit");
        for (var i = 0; i < ids.Length; i++)
        {
            (await store.LoadAsync(ids[i])).Should().Be(i);
        }
    }

    [Fact]
    public async Task LoadAsync_AFileThatHoldsNoNumber_ThrowsInvalidDataExceptionNamingIt()
    {
        var store = new FileLiveDataCheckpointStore(_root.Path);
        await store.SaveAsync("game", 1);
        await File.WriteAllTextAsync(store.GetPath("game"), "{\"seq\":1}");

        var load = async () => await store.LoadAsync("game");

        (await load.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain(store.GetPath("game"));
    }

    [Fact]
    public async Task SaveAsync_WhileAnotherWriterHoldsTheLock_WaitsForIt_AndTimesOutWithIOException()
    {
        var store = new FileLiveDataCheckpointStore(_root.Path) { LockTimeout = TimeSpan.FromMilliseconds(200) };
        await store.SaveAsync("game", 1);

        // What another process's save holds: the lock file opened exclusively (an OS lock, not a flag in this process).
        Task save;
        using (new FileStream(store.GetPath("game") + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var timedOut = async () => await store.SaveAsync("game", 2);
            (await timedOut.Should().ThrowAsync<IOException>()).Which.Message.Should().Contain("held by another writer");
            store.LockTimeout = TimeSpan.FromSeconds(30);
            save = store.SaveAsync("game", 3).AsTask();
            await Task.Delay(100);
            save.IsCompleted.Should().BeFalse("the save waits while the lock is held");
            (await store.LoadAsync("game")).Should().Be(1, "readers never wait: they see the last complete checkpoint");
        }

        await save.DefaultTimeout();
        (await store.LoadAsync("game")).Should().Be(3);
    }

    [Fact]
    public async Task SaveAsync_TwoConcurrentWritersWithTheirOwnFiles_NeverTearOrMoveBackwards_AndEndAtTheHighest()
    {
        const int PerWriter = 150;
        var first = new FileLiveDataCheckpointStore(_root.Path);
        var second = new FileLiveDataCheckpointStore(_root.Path);
        using var done = new CancellationTokenSource();
        var seen = new List<long>();
        var reader = Task.Run(async () =>
        {
            var reading = new FileLiveDataCheckpointStore(_root.Path);
            while (!done.IsCancellationRequested)
            {
                if (await reading.LoadAsync("game") is { } value)
                {
                    seen.Add(value);
                }
            }
        });

        // Interleaved sequences, as an old worker still stopping and a new one starting would save them.
        await Task.WhenAll(
            Task.Run(async () =>
            {
                for (var i = 1; i <= PerWriter; i++)
                {
                    await first.SaveAsync("game", 2 * i);
                }
            }),
            Task.Run(async () =>
            {
                for (var i = 1; i <= PerWriter; i++)
                {
                    await second.SaveAsync("game", (2 * i) - 1);
                }
            })).DefaultTimeout();
        await done.CancelAsync();
        await reader.DefaultTimeout();

        (await first.LoadAsync("game")).Should().Be(2 * PerWriter);
        seen.Should().NotBeEmpty().And.BeInAscendingOrder("no reader ever saw the checkpoint go back or a torn file");
        Directory.GetFiles(_root.Path, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task Arguments_AreCheckedEagerly()
    {
        var store = new FileLiveDataCheckpointStore(_root.Path);

        FluentActions.Invoking(() => new FileLiveDataCheckpointStore(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => store.GetPath("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => store.LockTimeout = TimeSpan.Zero).Should().Throw<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(async () => await store.SaveAsync("game", -1)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        store.ToString().Should().Be($"FileLiveDataCheckpointStore({_root.Path})");
    }
}
