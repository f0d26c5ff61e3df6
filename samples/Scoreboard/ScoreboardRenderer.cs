using System.Text;

namespace ShotTracker.LiveData.Samples.Scoreboard;

/// <summary>
/// Draws the scoreboard: redrawn in place (ANSI) on a terminal, at most every <see cref="RedrawInterval"/>;
/// one line per scoring change when the output is redirected (logs, tests).
/// </summary>
internal sealed class ScoreboardRenderer(TextWriter output, bool interactive, TimeProvider timeProvider)
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private long _lastDraw;
    private string? _lastScoreLine;
    private int _linesDrawn;

    public void Update(GameScoreboard board, LiveDataClient? client, bool force = false)
    {
        if (interactive)
        {
            var now = timeProvider.GetTimestamp();
            if (!force && timeProvider.GetElapsedTime(_lastDraw, now) < RedrawInterval)
            {
                return;
            }

            _lastDraw = now;
            var frame = Frame(board, client);
            // Move up over the previous frame and overwrite it: the board updates in place.
            var up = _linesDrawn > 0 ? $"\u001b[{_linesDrawn}F" : string.Empty;
            output.Write(up + string.Join("\n", frame.Select(l => l + "\u001b[K")) + "\n");
            _linesDrawn = frame.Count;
            return;
        }

        var scoreLine = ScoreLine(board);
        if (scoreLine != _lastScoreLine)
        {
            _lastScoreLine = scoreLine;
            output.WriteLine($"{board.Period,-4} {board.GameClock,-8} {scoreLine}");
        }
    }

    public void Finish(GameScoreboard board, LiveDataClient? client)
    {
        if (interactive)
        {
            Update(board, client, force: true);
        }

        output.WriteLine($"FINAL  {ScoreLine(board)}");
        foreach (var player in board.TopScorers(5))
        {
            output.WriteLine($"  {player.Name,-24} {player.Points,3} PTS  {player.FieldGoalsMade}/{player.FieldGoalsAttempted} FG  {player.ThreePointersMade} 3PM  {player.Rebounds} REB  {player.Assists} AST");
        }
    }

    internal static string ScoreLine(GameScoreboard board) =>
        string.Join("  -  ", board.Teams.Select(t => $"{t.Name} {t.Points}"));

    private static List<string> Frame(GameScoreboard board, LiveDataClient? client)
    {
        var lines = new List<string>
        {
            "ShotTracker Live Data — scoreboard",
            $"  {board.Period ?? "PRE",-4}  game {board.GameClock ?? "--:--"}   shot {board.ShotClock ?? "--"}",
        };
        lines.AddRange(board.Teams.Select(t => $"  {(t.IsHome ? "HOME" : "AWAY")}  {t.Name,-22} {t.Points,4}"));
        lines.Add($"  last shot:   {board.LastShot ?? "-"}");
        var scorers = new StringBuilder();
        foreach (var player in board.TopScorers(3))
        {
            scorers.Append(scorers.Length == 0 ? string.Empty : " · ").Append($"{player.Name} {player.Points}");
        }

        lines.Add($"  top scorers: {(scorers.Length == 0 ? "-" : scorers.ToString())}");
        if (client is not null)
        {
            var stats = client.GetStatistics();
            lines.Add($"  {client.State} · {board.Messages} events · {stats.Reconnects} reconnects · last seq {client.LastSequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        }

        return lines;
    }
}
