using System.Globalization;
using System.Text;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Samples.Scoreboard;

/// <summary>
/// Draws the scoreboard from a <see cref="GameSnapshot"/>: redrawn in place (ANSI) on a terminal, at most every
/// <see cref="RedrawInterval"/>; one line per scoring change when the output is redirected (logs, tests).
/// </summary>
internal sealed class ScoreboardRenderer(TextWriter output, bool interactive, TimeProvider timeProvider)
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private long _lastDraw;
    private string? _lastScoreLine;
    private int _linesDrawn;

    public void Update(GameSnapshot game, ILiveDataClient? client, bool force = false)
    {
        if (interactive)
        {
            var now = timeProvider.GetTimestamp();
            if (!force && timeProvider.GetElapsedTime(_lastDraw, now) < RedrawInterval)
            {
                return;
            }

            _lastDraw = now;
            var frame = Frame(game, client);
            // Move up over the previous frame and overwrite it: the board updates in place.
            var up = _linesDrawn > 0 ? $"\u001b[{_linesDrawn}F" : string.Empty;
            output.Write(up + string.Join("\n", frame.Select(l => l + "\u001b[K")) + "\n");
            _linesDrawn = frame.Count;
            return;
        }

        var scoreLine = ScoreLine(game);
        if (scoreLine != _lastScoreLine)
        {
            _lastScoreLine = scoreLine;
            output.WriteLine($"{game.Period,-4} {Clock(game.GameClock),-8} {scoreLine}");
        }
    }

    public void Finish(GameSnapshot game, ILiveDataClient? client)
    {
        if (interactive)
        {
            Update(game, client, force: true);
        }

        output.WriteLine($"FINAL  {ScoreLine(game)}");
        foreach (var player in TopScorers(game, 5))
        {
            var s = player.Stats;
            output.WriteLine($"  {player.DisplayName,-24} {s.Points,3} PTS  {s.FieldGoalsMade}/{s.FieldGoalsAttempted} FG  {s.ThreePointersMade} 3PM  {s.Rebounds} REB  {s.Assists} AST");
        }
    }

    internal static string ScoreLine(GameSnapshot game) =>
        string.Join("  -  ", game.Teams.Select(t => $"{t.DisplayName} {t.Score}"));

    private static IEnumerable<GamePlayer> TopScorers(GameSnapshot game, int count) =>
        game.Players.Values.Where(p => p.Stats.Points > 0).OrderByDescending(p => p.Stats.Points).ThenBy(p => p.Id).Take(count);

    private static string? Clock(TimeSpan? clock) => clock is { } c
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)c.TotalMinutes}:{c.Seconds:D2}.{c.Milliseconds / 100}")
        : null;

    private static string LastShot(GameSnapshot game)
    {
        for (var i = game.Plays.Count - 1; i >= 0; i--)
        {
            if (game.Plays[i] is ShotPlay { Kind: not ShotKind.FreeThrow } shot)
            {
                var shooter = shot.PlayerId is { } id && game.Player(id) is { } player ? player.DisplayName : "?";
                return $"{shooter} {(shot.Kind == ShotKind.ThreePointer ? "3PT" : "2PT")} {(shot.Made ? "MAKE" : "MISS")} ({shot.Period})";
            }
        }

        return "-";
    }

    private static List<string> Frame(GameSnapshot game, ILiveDataClient? client)
    {
        var lines = new List<string>
        {
            "ShotTracker Live Data — scoreboard",
            $"  {game.Period?.Code ?? "PRE",-4}  game {Clock(game.GameClock) ?? "--:--"}   shot {(game.ShotClock is { } shot ? ((int)shot.TotalSeconds).ToString(CultureInfo.InvariantCulture) : "--")}   {game.Status}",
        };
        lines.AddRange(game.Teams.Select(t =>
            $"  {(t.Side == TeamSide.Home ? "HOME" : t.Side == TeamSide.Away ? "AWAY" : "    ")}  {t.DisplayName,-22} {t.Score,4}  fouls {t.PeriodFouls}{(game.Possession == t.Id ? "  ●" : string.Empty)}"));
        lines.Add($"  last shot:   {LastShot(game)}");
        var scorers = new StringBuilder();
        foreach (var player in TopScorers(game, 3))
        {
            scorers.Append(scorers.Length == 0 ? string.Empty : " · ").Append($"{player.DisplayName} {player.Stats.Points}");
        }

        lines.Add($"  top scorers: {(scorers.Length == 0 ? "-" : scorers.ToString())}");
        if (client is not null)
        {
            var stats = client.GetStatistics();
            lines.Add($"  {client.State} · {game.EventCount} events · {stats.Reconnects} reconnects · last seq {client.LastSequence?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        }

        return lines;
    }
}
