using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Samples.CourtView;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

/// <summary>
/// The emulator's score after each message it sends to the court view: its timeline (the messages of the sources the
/// app asks for), folded in order. <see cref="LiveDataEmulator.MessagesSent"/> then says where the game is right now.
/// </summary>
internal sealed class EmulatorScores
{
    private readonly List<IReadOnlyDictionary<string, int>> _afterMessage = [];

    public EmulatorScores(LiveDataEmulator emulator)
    {
        var wanted = GameFeed.Sources.Select(s => s.ToWireName()).ToHashSet(StringComparer.Ordinal);
        var game = new LiveGame();
        _afterMessage.Add(Scores(game.Current));
        foreach (var message in emulator.Timeline.Where(m => m.Source is { } source && wanted.Contains(source)))
        {
            game.Apply(LiveDataMessageSerializer.Deserialize(message.Utf8Json.Span));
            _afterMessage.Add(Scores(game.Current));
        }

        // The fold is the truth only if it ends where the emulator's box score does.
        var truth = emulator.BoxScore!;
        _afterMessage[^1].Should().BeEquivalentTo(new Dictionary<string, int>
        {
            [Id(truth.Home.TeamId)] = truth.Home.Points,
            [Id(truth.Away.TeamId)] = truth.Away.Points,
        });
    }

    /// <summary>
    /// The scores the game had while between <paramref name="sentBefore"/> and <paramref name="sentAfter"/> messages
    /// had been sent, and the score before those (a view may be one scoring play behind).
    /// </summary>
    public IReadOnlyList<string> Between(long sentBefore, long sentAfter)
    {
        var first = (int)Math.Min(sentBefore, _afterMessage.Count - 1);
        var last = (int)Math.Min(sentAfter, _afterMessage.Count - 1);
        var scores = new List<string>();
        var previous = first;
        while (previous > 0 && Format(_afterMessage[previous]) == Format(_afterMessage[first]))
        {
            previous--;
        }

        scores.Add(Format(_afterMessage[previous]));
        for (var i = first; i <= last; i++)
        {
            scores.Add(Format(_afterMessage[i]));
        }

        return scores.Distinct().ToList();
    }

    /// <summary>Formats scores by team id, the same way for the emulator and for the page.</summary>
    public static string Format(IReadOnlyDictionary<string, int> scores) =>
        string.Join(", ", scores.Where(s => s.Value > 0 || scores.Count == 2).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}"));

    private static Dictionary<string, int> Scores(GameSnapshot game) => game.Teams.ToDictionary(t => t.Id.ToString(), t => t.Score);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
