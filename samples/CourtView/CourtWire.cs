using System.Buffers;
using System.Text.Json;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// The JSON the relay sends to browsers: small, flat, and written once per change for every connection.
/// </summary>
/// <remarks>
/// Three Server-Sent Events (documented with examples in the sample's README):
/// <list type="bullet">
/// <item><c>game</c>: <c>{"status","link","possession","teams":[{"id","side","name","color","score","fouls","s"}],
/// "players":[{"id","team","no","name","on","s","min","top","dist"}]}</c> where <c>s</c> is a box score line as an array,
/// <see cref="StatColumns"/> in order, <c>min</c> the game-clock milliseconds on court, <c>top</c> the top speed (or
/// <c>null</c>) and <c>dist</c> the distance, both in the feed's units (the emulator's: m/s and m). Sent again at most
/// once per second of game clock while only those change.</item>
/// <item><c>tick</c>: <c>{"period","gc","sc","run","p":[[id,team,x,y],…],"b":[x,y,z]}</c>: clocks in milliseconds,
/// positions in millimetres from centre court (x along the length).</item>
/// <item><c>shots</c>: <c>{"from":n,"shots":[[team,player,x,y,made,points,period,gc],…]}</c>: shots from index
/// <c>n</c> on; <c>from</c> 0 replaces the chart.</item>
/// </list>
/// </remarks>
internal static class CourtWire
{
    /// <summary>The columns of a box score line <c>s</c>, in order.</summary>
    public static readonly string[] StatColumns = ["PTS", "FGM", "FGA", "3PM", "3PA", "FTM", "FTA", "REB", "AST", "STL", "BLK", "TO", "PF", "+/-"];

    public static ReadOnlyMemory<byte> Game(GameSnapshot game, RelayLink link) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("status", Status(game.Status));
        w.WriteString("link", Link(link));
        if (game.Possession is { } possession)
        {
            w.WriteString("possession", possession.ToString());
        }
        else
        {
            w.WriteNull("possession");
        }

        w.WriteStartArray("teams");
        foreach (var team in game.Teams)
        {
            w.WriteStartObject();
            w.WriteString("id", team.Id.ToString());
            w.WriteString("side", team.Side switch { TeamSide.Home => "home", TeamSide.Away => "away", _ => null });
            w.WriteString("name", team.DisplayName);
            w.WriteString("color", team.JerseyColor);
            w.WriteNumber("score", team.Score);
            w.WriteNumber("fouls", team.PeriodFouls);
            Stats(w, team.Stats);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("players");
        foreach (var player in game.Players.Values.OrderBy(p => p.TeamId).ThenBy(p => p.JerseyNumber ?? int.MaxValue).ThenBy(p => p.Id))
        {
            w.WriteStartObject();
            w.WriteString("id", player.Id.ToString());
            w.WriteString("team", player.TeamId?.ToString());
            if (player.JerseyNumber is { } number)
            {
                w.WriteNumber("no", number);
            }

            w.WriteString("name", player.LastName is null ? player.DisplayName : $"{(string.IsNullOrEmpty(player.FirstName) ? string.Empty : $"{player.FirstName[0]}. ")}{player.LastName}");
            w.WriteBoolean("on", player.OnCourt);
            Stats(w, player.Stats);
            Tracking(w, game.TrackingOf(player.Id));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static ReadOnlyMemory<byte> Tick(GameSnapshot game) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("period", game.Period?.Code);
        WriteMilliseconds(w, "gc", game.GameClock);
        WriteMilliseconds(w, "sc", game.ShotClock);
        w.WriteBoolean("run", game.IsClockRunning);
        w.WriteStartArray("p");
        LocationSample? ball = null;
        foreach (var sample in game.Positions?.Locations ?? [])
        {
            if (sample.Kind == LocationKind.Ball)
            {
                ball ??= sample;
            }
            else if (sample is { Kind: LocationKind.Player, PlayerId: { } id, X: { } x, Y: { } y })
            {
                w.WriteStartArray();
                w.WriteStringValue(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteStringValue(sample.TeamId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteNumberValue(Math.Round(x));
                w.WriteNumberValue(Math.Round(y));
                w.WriteEndArray();
            }
        }

        w.WriteEndArray();
        if (ball is { X: { } bx, Y: { } by })
        {
            w.WriteStartArray("b");
            w.WriteNumberValue(Math.Round(bx));
            w.WriteNumberValue(Math.Round(by));
            w.WriteNumberValue(Math.Round(ball.Z ?? 0));
            w.WriteEndArray();
        }

        w.WriteEndObject();
    });

    public static ReadOnlyMemory<byte> Shot(ShotPlay shot) => Write(w =>
    {
        w.WriteStartArray();
        w.WriteStringValue(shot.TeamId?.ToString());
        w.WriteStringValue(shot.PlayerId?.ToString());
        w.WriteNumberValue(Math.Round(shot.X ?? 0));
        w.WriteNumberValue(Math.Round(shot.Y ?? 0));
        w.WriteNumberValue(shot.Made ? 1 : 0);
        w.WriteNumberValue(shot.Points);
        w.WriteStringValue(shot.Period?.Code);
        if (shot.GameClock is { } clock)
        {
            w.WriteNumberValue((long)clock.TotalMilliseconds);
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteEndArray();
    });

    /// <summary>Whether a play belongs on the shot chart: a field goal attempt with a court position that still counts.</summary>
    public static bool IsCharted(GamePlay play) =>
        play is ShotPlay { Kind: not ShotKind.FreeThrow, Retracted: false, X: not null, Y: not null };

    public static string Link(RelayLink link) => link switch
    {
        RelayLink.Live => "live",
        RelayLink.Reconnecting => "reconnecting",
        RelayLink.Final => "final",
        RelayLink.Failed => "failed",
        _ => "connecting",
    };

    private static string Status(GameStatus status) => status switch
    {
        GameStatus.Live => "live",
        GameStatus.PeriodBreak => "break",
        GameStatus.Halftime => "halftime",
        GameStatus.Final => "final",
        _ => "pregame",
    };

    private static void Stats(Utf8JsonWriter w, BoxScoreLine s)
    {
        w.WriteStartArray("s");
        foreach (var value in (int[])[s.Points, s.FieldGoalsMade, s.FieldGoalsAttempted, s.ThreePointersMade, s.ThreePointersAttempted,
                     s.FreeThrowsMade, s.FreeThrowsAttempted, s.Rebounds, s.Assists, s.Steals, s.Blocks, s.Turnovers, s.Fouls, s.PlusMinus])
        {
            w.WriteNumberValue(value);
        }

        w.WriteEndArray();
    }

    private static void Tracking(Utf8JsonWriter w, PlayerTracking? tracking)
    {
        w.WriteNumber("min", (long)(tracking?.Game.TimeOnCourt.TotalMilliseconds ?? 0));
        if (tracking?.Game.TopSpeed is { } top)
        {
            w.WriteNumber("top", Math.Round(top, 2));
        }
        else
        {
            w.WriteNull("top");
        }

        w.WriteNumber("dist", Math.Round(tracking?.Game.Distance ?? 0, 1));
    }

    private static void WriteMilliseconds(Utf8JsonWriter w, string name, TimeSpan? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, (long)v.TotalMilliseconds);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenMemory;
    }
}
