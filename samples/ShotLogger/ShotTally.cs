using System.Globalization;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Samples.ShotLogger;

/// <summary>Counts the shots of a game, per team, as chart events arrive.</summary>
internal sealed class ShotTally
{
    private readonly SortedDictionary<string, (int Shots, int Made, int Points)> _teams = new(StringComparer.Ordinal);

    public int Shots { get; private set; }

    public int Made { get; private set; }

    public int Points { get; private set; }

    /// <summary>Adds a shot; returns its number in the game, from 1.</summary>
    public int Add(ChartData shot)
    {
        var made = shot.Result == ShotResult.Make;
        var points = made ? shot.Points ?? 0 : 0;
        Shots++;
        Made += made ? 1 : 0;
        Points += points;
        var key = shot.TeamId ?? "?";
        var team = _teams.TryGetValue(key, out var line) ? line : default;
        _teams[key] = (team.Shots + 1, team.Made + (made ? 1 : 0), team.Points + points);
        return Shots;
    }

    /// <summary>Gets one line per team: <c>team 1: 30/71, 66 pts</c>.</summary>
    public string Summary() => _teams.Count == 0
        ? "no shots"
        : string.Join("; ", _teams.Select(t => string.Create(CultureInfo.InvariantCulture, $"team {t.Key}: {t.Value.Made}/{t.Value.Shots}, {t.Value.Points} pts")));
}
