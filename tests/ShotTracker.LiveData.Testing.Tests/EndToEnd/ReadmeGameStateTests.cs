using System.Collections.Concurrent;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

public sealed class ReadmeGameStateTests
{
    [Fact]
    public async Task GameState_AsInTheReadme_PrintsScoringChangesAndTheFinal()
    {
        var options = Emulators.FastOptions(seed: 4);
        options.Game = SyntheticGameOptions.Short(seed: 4, TimeSpan.FromMinutes(3));
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = emulator.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
            AllowInsecureTransport = true,
        });
        var cancellationToken = CancellationToken.None;

        await RunReadmeExampleAsync(client, cancellationToken).WithTimeout();

        var truth = emulator.BoxScore!;
        var printed = string.Join("\n", Console.Lines);
        // A reader that falls behind gets merged changes, so how many lines print depends on the machine's load.
        printed.Should().MatchRegex(@"^(H1|H2|OT\d*) \d:\d\d ");
        printed.Should().Contain($"{truth.Home.Name} {truth.Home.Points} - {truth.Away.Name} {truth.Away.Points}");
        printed.Should().Contain("Final: top scorer #");
    }

    private static async Task RunReadmeExampleAsync(LiveDataClient client, CancellationToken cancellationToken)
    {
        var game = new LiveGame();
        var folding = game.RunAsync(client.StreamAsync(cancellationToken), cancellationToken);
        await foreach (var change in game.ChangesAsync(cancellationToken))
        {
            var now = change.Snapshot;
            if (change.Kinds.HasFlag(GameChangeKinds.Score)) { Console.WriteLine($"{now.Period} {now.GameClock:m\\:ss} {string.Join(" - ", now.Teams.Select(t => $"{t.DisplayName} {t.Score}"))}"); }
        }
        var final = await folding;
        Console.WriteLine($"{final.Status}: top scorer {final.Players.Values.MaxBy(p => p.Stats.Points)?.DisplayName}");
    }

    /// <summary>Stands in for <see cref="System.Console"/> so the game-state loop's output is checked.</summary>
    private static class Console
    {
        public static ConcurrentQueue<string> Lines { get; } = new();

        public static void WriteLine(string line) => Lines.Enqueue(line);
    }
}
