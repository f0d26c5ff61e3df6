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
        var console = new StringWriter();

        // The README's "Game state" example, with Console -> console.
        var game = new LiveGame();
        var folding = game.RunAsync(client.StreamAsync(cancellationToken), cancellationToken);
        await foreach (var change in game.ChangesAsync(cancellationToken))
        {
            var now = change.Snapshot;
            if (change.Kinds.HasFlag(GameChangeKinds.Score)) { console.WriteLine($"{now.Period} {now.GameClock:m\\:ss} {now.Teams[0].DisplayName} {now.Teams[0].Score} - {now.Teams[^1].Score} {now.Teams[^1].DisplayName}"); }
        }
        var final = await folding.WithTimeout();
        console.WriteLine($"{final.Status}: top scorer {final.Players.Values.MaxBy(p => p.Stats.Points)?.DisplayName}");

        var truth = emulator.BoxScore!;
        console.ToString().Should().MatchRegex(@"^H1 [0-2]:\d\d ", "the first basket is in the first half");
        console.ToString().Split('\n').Length.Should().BeGreaterThan(10, "every scoring change prints a line");
        console.ToString().Should().Contain($"{truth.Home.Name} {truth.Home.Points} - {truth.Away.Points} {truth.Away.Name}");
        console.ToString().Should().Contain("Final: top scorer #");
    }
}
