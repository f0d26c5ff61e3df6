using System.Globalization;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>
/// Plays one synthetic game: periods driven by a 2 Hz clock, possessions with shots, rebounds, turnovers, fouls and
/// substitutions, moving players, and every payload written as it happens into one ordered timeline.
/// </summary>
/// <remarks>
/// Two random streams are drawn from the seed: one for the play-by-play and one for movement only, so the location
/// rate never changes the score.
/// </remarks>
internal sealed partial class GameSimulator
{
    private const long ClockStepMs = 500;

    private readonly SyntheticGameOptions _options;
    private readonly Random _random;
    private readonly Random _motionRandom;
    private readonly TimelineWriter _timeline = new();
    private readonly GameTeam _home;
    private readonly GameTeam _away;
    private readonly List<string> _periodNames = [];
    private readonly long _startMs;
    private readonly LiveDataReplayPace? _pace;
    private long _periodStartOffsetMs;
    private long _lengthMs;
    private long _eventCounter;
    private long _actionAt;
    private Action? _action;

    public GameSimulator(SyntheticGameOptions options, DateTimeOffset? startTime = null, LiveDataReplayPace? pace = null)
    {
        _options = options;
        _random = new Random(options.Seed);
        _motionRandom = new Random(unchecked((options.Seed * 31) + 0x5bd1e995));
        _startMs = (startTime ?? options.StartTime).ToUnixTimeMilliseconds();
        _pace = pace;
        GameId = Hex(_random, 24);
        SessionId = "sess-" + _random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
        FacilityId = "fac-" + _random.Next(100, 999).ToString(CultureInfo.InvariantCulture);
        CourtId = "court-1";
        Reference = Hex(_random, 12);
        (_home, _away) = Rosters.Create(_random);
        Corrections();
    }

    public string GameId { get; }

    public string SessionId { get; }

    public string FacilityId { get; }

    public string CourtId { get; }

    public string Reference { get; }

    private string Period => _periodNames[^1];

    private int PeriodIndex => _periodNames.Count - 1;

    private bool Quarters => _options.PeriodFormat == GamePeriodFormat.Quarters;

    private int RegulationPeriods => Quarters ? 4 : 2;

    public SyntheticGame Run()
    {
        EmitJerseyMarker(0);
        EmitLineupMarker(_home, 0);
        EmitLineupMarker(_away, 0);

        for (var p = 0; p < RegulationPeriods; p++)
        {
            var name = Quarters ? $"Q{p + 1}" : $"H{p + 1}";
            PlayPeriod(name, _options.PeriodLength, decideIfTied: p == RegulationPeriods - 1 && _options.MaxOvertimes == 0);
        }

        for (var ot = 0; _home.Total.Points == _away.Total.Points && ot < _options.MaxOvertimes; ot++)
        {
            PlayPeriod(ot == 0 ? "OT" : $"OT{ot + 1}", _options.OvertimeLength, decideIfTied: ot == _options.MaxOvertimes - 1);
        }

        ApplyRemainingCorrections();
        EmitSummary(_lengthMs, "COMPLETED");
        _timeline.Flush();

        var boxScore = new GameBoxScore
        {
            GameId = GameId,
            Home = _home.ToBoxScore(),
            Away = _away.ToBoxScore(),
            Periods = _periodNames.ToList(),
        };
        return new SyntheticGame(_timeline.Messages, boxScore);
    }

    private void PlayPeriod(string name, TimeSpan length, bool decideIfTied)
    {
        if (_periodNames.Count > 0)
        {
            _periodStartOffsetMs += _lengthMs + (long)_options.BreakLength.TotalMilliseconds;
        }

        _periodNames.Add(name);
        _lengthMs = (long)length.TotalMilliseconds;
        foreach (var team in new[] { _home, _away })
        {
            team.Periods.Add(new StatLine());
            foreach (var player in team.Players)
            {
                player.Periods.Add(new StatLine());
            }
        }

        ResetMotion();
        var first = PeriodIndex == 0 || name.StartsWith("OT", StringComparison.Ordinal)
            ? (_random.Next(2) == 0 ? _home : _away)
            : (PeriodIndex % 2 == 0 ? _home : _away);
        StartPossession(first, 0, transition: false, afterTurnover: false);

        var locationFrame = 0L;
        var nextClock = 0L;
        var nextLocation = _options.LocationRateHz > 0 ? 0L : long.MaxValue;
        var interval = (long)_options.BroadcastSummaryInterval.TotalMilliseconds;
        var nextSummary = interval > 0 ? interval : long.MaxValue;
        while (true)
        {
            var actionAt = _action is null ? long.MaxValue : _actionAt;
            var next = Math.Min(Math.Min(actionAt, nextClock), Math.Min(nextLocation, nextSummary));
            if (next >= _lengthMs && actionAt > _lengthMs)
            {
                break;
            }

            ApplyCorrections(next);
            Move(next);
            if (actionAt == next)
            {
                var action = _action!;
                _action = null;
                action();
            }
            else if (nextClock == next)
            {
                EmitClock(next, stopped: false);
                nextClock += ClockStepMs;
            }
            else if (nextLocation == next)
            {
                EmitLocation(next);
                locationFrame++;
                nextLocation = locationFrame * 1000 / _options.LocationRateHz;
            }
            else
            {
                EmitSummary(next, Period);
                nextSummary += interval;
            }
        }

        Move(_lengthMs);
        ApplyCorrections(_lengthMs);
        if (decideIfTied && _home.Total.Points == _away.Total.Points)
        {
            BuzzerBeater();
        }

        EndOpenPossession(_lengthMs);
        EmitClock(_lengthMs, stopped: true);
        var isHalfTime = _periodNames.Count == RegulationPeriods / 2;
        var gameOver = _periodNames.Count >= RegulationPeriods && _home.Total.Points != _away.Total.Points;
        if (!gameOver)
        {
            EmitSummary(_lengthMs, isHalfTime ? "HT" : name);
        }
    }

    private long Offset(long elapsedMs) => _periodStartOffsetMs + elapsedMs;

    private long Timestamp(long elapsedMs) =>
        _startMs + (_pace is null ? Offset(elapsedMs) : (long)_pace.DueAfter(TimeSpan.FromMilliseconds(Offset(elapsedMs))).TotalMilliseconds);

    private string NextEventId() =>
        string.Concat(GameId.AsSpan(0, 8), (++_eventCounter).ToString("x16", CultureInfo.InvariantCulture));

    private void Schedule(long at, Action action)
    {
        _actionAt = Math.Min(at, _lengthMs);
        _action = action;
    }

    private static string Hex(Random random, int length)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = digits[random.Next(16)];
        }

        return new string(chars);
    }
}
