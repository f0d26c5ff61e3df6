using System.Globalization;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>
/// Writes each payload with the documented JSON names and types, independently of the SDK's model classes:
/// chart and box score ids are strings, location ids are numbers.
/// </summary>
internal sealed partial class GameSimulator
{
    private long ShotClockMs(long elapsed)
    {
        var length = Quarters ? 24000 : 30000;
        return Math.Max(0, length - (elapsed - _shotClockStartMs));
    }

    private void EmitClock(long at, bool stopped)
    {
        var remaining = _lengthMs - at;
        var shot = ShotClockMs(at);
        var showShot = !stopped && _possession is not null && shot < remaining;
        _timeline.Add(Offset(at), LiveDataSource.Clock, w =>
        {
            w.WriteString("gid"u8, GameId);
            w.WriteString("period"u8, Period);
            w.WriteString("type"u8, "GAME_SHOT_CLOCK"u8);
            w.WriteString("state"u8, stopped ? "STOPPED"u8 : "STARTED"u8);
            w.WriteString("source"u8, "OFFICIAL"u8);
            w.WriteString("min"u8, (remaining / 60000).ToString(CultureInfo.InvariantCulture));
            w.WriteString("sec"u8, (remaining % 60000 / 1000).ToString("D2", CultureInfo.InvariantCulture));
            w.WriteString("subSec"u8, (remaining % 1000 / 100).ToString(CultureInfo.InvariantCulture));
            WriteStringOrNull(w, "shotSec"u8, showShot ? (shot / 1000).ToString(CultureInfo.InvariantCulture) : null);
            WriteStringOrNull(w, "shotSubSec"u8, showShot ? (shot % 1000 / 100).ToString(CultureInfo.InvariantCulture) : null);
            w.WriteString("controllerId"u8, "ctrl-1"u8);
        });
    }

    private void EmitLocation(long at)
    {
        var t = Timestamp(at);
        _timeline.Add(Offset(at), LiveDataSource.Location, w =>
        {
            w.WriteNumber("gcms"u8, _lengthMs - at);
            w.WriteNumber("scms"u8, Math.Min(ShotClockMs(at), _lengthMs - at));
            w.WriteBoolean("cr"u8, true);
            w.WriteString("period"u8, Period);
            w.WriteString("facilityId"u8, FacilityId);
            w.WriteString("courtId"u8, CourtId);
            w.WriteString("sessionId"u8, SessionId);
            w.WriteStartArray("locations"u8);
            foreach (var team in new[] { _home, _away })
            {
                foreach (var p in team.OnCourt)
                {
                    w.WriteStartObject();
                    w.WriteNumber("t"u8, t);
                    w.WriteString("type"u8, "PLAYER"u8);
                    w.WriteNumber("pid"u8, p.Id);
                    w.WriteNumber("tid"u8, team.Id);
                    WriteMotion(w, p.X, p.Y, 1100, p.Vx, p.Vy, 0, p.DistanceMm);
                    w.WriteEndObject();
                }
            }

            w.WriteStartObject();
            w.WriteNumber("t"u8, t);
            w.WriteString("type"u8, "BALL"u8);
            w.WriteString("bid"u8, "ball-1"u8);
            WriteMotion(w, _ballX, _ballY, _ballZ, _ballVx, _ballVy, _ballVz, _ballDistanceMm);
            w.WriteEndObject();
            w.WriteEndArray();
        });
    }

    /// <summary>Positions in mm; speed and velocities in m/s; distance covered in m.</summary>
    private static void WriteMotion(Utf8JsonWriter w, double x, double y, double z, double vx, double vy, double vz, double distanceMm)
    {
        w.WriteNumber("x"u8, Math.Round(x, 1));
        w.WriteNumber("y"u8, Math.Round(y, 1));
        w.WriteNumber("z"u8, Math.Round(z, 1));
        w.WriteNumber("speed"u8, Math.Round(Math.Sqrt((vx * vx) + (vy * vy) + (vz * vz)) / 1000, 2));
        w.WriteNumber("dist"u8, Math.Round(distanceMm / 1000, 1));
        w.WriteNumber("vx"u8, Math.Round(vx / 1000, 2));
        w.WriteNumber("vy"u8, Math.Round(vy / 1000, 2));
        w.WriteNumber("vz"u8, Math.Round(vz / 1000, 2));
    }

    private void EmitJerseyMarker(long at) => _timeline.Add(Offset(at), LiveDataSource.Marker, w =>
    {
        w.WriteNumber("t"u8, Timestamp(at));
        w.WriteString("gameId"u8, GameId);
        w.WriteString("status"u8, "JERSEY_COLOR"u8);
        w.WriteStartObject("data"u8);
        w.WriteString("facilityId"u8, FacilityId);
        w.WriteString("courtId"u8, CourtId);
        w.WriteString("team1Id"u8, _home.IdText);
        w.WriteString("team1JerseyColor"u8, _home.JerseyColor);
        w.WriteString("team2Id"u8, _away.IdText);
        w.WriteString("team2JerseyColor"u8, _away.JerseyColor);
        w.WriteEndObject();
    });

    private void EmitLineupMarker(GameTeam team, long at)
    {
        var players = team.OnCourt.Select(p => p.IdText).ToList();
        _timeline.Add(Offset(at), LiveDataSource.Marker, w =>
        {
            w.WriteNumber("t"u8, Timestamp(at));
            w.WriteString("gameId"u8, GameId);
            w.WriteString("status"u8, "LINEUP"u8);
            w.WriteStartObject("data"u8);
            w.WriteString("teamId"u8, team.IdText);
            WriteStrings(w, "players"u8, players);
            w.WriteEndObject();
        });
    }

    private void EmitChart(GamePlayer shooter, long at, bool isThree, int points, double distanceMm, (int Zone, int Sector) zone, bool catchAndShoot)
    {
        var offense = shooter.Team;
        var (hx, hy) = Hoop(offense);
        var onCourt = offense.OnCourt.Concat(offense.Opponent.OnCourt).Select(p => p.IdText).ToList();
        var defenders = offense.Opponent.OnCourt.OrderBy(p => Distance((p.X, p.Y), _shotSpot)).Take(2).Select(p => p.Id).ToList();
        var (sx, sy) = _shotSpot;
        var eventId = NextEventId();
        _timeline.Add(Offset(at), LiveDataSource.Chart, w =>
        {
            w.WriteString("eid"u8, eventId);
            w.WriteNumber("t"u8, Timestamp(at));
            w.WriteString("pid"u8, shooter.IdText);
            w.WriteString("tid"u8, offense.IdText);
            w.WriteString("sid"u8, SessionId);
            w.WriteString("gid"u8, GameId);
            w.WriteString("st"u8, points > 0 ? "MAKE"u8 : "MISS"u8);
            w.WriteBoolean("is3"u8, isThree);
            w.WriteNumber("pts"u8, points);
            w.WriteNumber("px"u8, sx);
            w.WriteNumber("py"u8, sy);
            w.WriteNumber("pz"u8, 0);
            w.WriteNumber("hx"u8, hx);
            w.WriteNumber("hy"u8, hy);
            w.WriteNumber("hz"u8, Court.HoopHeight);
            w.WriteString("s"u8, "RECORDED"u8);
            w.WriteNumber("z"u8, zone.Zone);
            w.WriteNumber("az"u8, (zone.Zone * 10) + zone.Sector);
            w.WriteNumber("d"u8, Math.Round(distanceMm / 10, 1));
            WriteStrings(w, "attributes"u8, catchAndShoot ? ["CAS"] : []);
            WriteStrings(w, "players"u8, onCourt);
            w.WriteStartArray("shotDefenders"u8);
            foreach (var id in defenders)
            {
                w.WriteNumberValue(id);
            }

            w.WriteEndArray();
            w.WriteString("prd"u8, Period);
        });
    }

    /// <summary>The zone (1 to 14) of the 14-zone map and the angular sector (0 to 4) of the current shot spot.</summary>
    private (int Zone, int Sector) ShotZone(double distanceMm, bool isThree, (double X, double Y) hoop)
    {
        var angle = Math.Atan2(_shotSpot.Y - hoop.Y, Math.Abs(_shotSpot.X - hoop.X)) * 180 / Math.PI;
        var sector = angle < -45 ? 0 : angle < -15 ? 1 : angle <= 15 ? 2 : angle <= 45 ? 3 : 4;
        var zone = distanceMm < 2500 ? 1 : distanceMm < 4900 ? 2 + (sector / 2) : isThree ? 10 + sector : 5 + sector;
        return (zone, sector);
    }

    private static void WriteStrings(Utf8JsonWriter w, ReadOnlySpan<byte> name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
