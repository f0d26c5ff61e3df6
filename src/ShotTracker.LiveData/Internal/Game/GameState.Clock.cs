using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>Period, clocks, status and the latest positions frame.</summary>
internal sealed partial class GameState
{
    private const long ClockReferenceWindowMs = 10_000;

    private GamePeriod? _period;
    private TimeSpan? _gameClock;
    private TimeSpan? _shotClock;
    private bool _running;
    private bool _final;
    private bool _halftimeCode;
    private long? _referenceTime;
    private TimeSpan _referenceClock;
    private bool _referenceRunning;
    private GamePeriod? _referencePeriod;

    private GameStatus Status()
    {
        if (_final)
        {
            return GameStatus.Final;
        }

        if (_halftimeCode)
        {
            return GameStatus.Halftime;
        }

        if (_period is not { } period)
        {
            return GameStatus.NotStarted;
        }

        if (!_running && _gameClock == TimeSpan.Zero)
        {
            var endOfFirstHalf = (period.Kind == GamePeriodKind.Quarter && period.Number == 2) || (period.Kind == GamePeriodKind.Half && period.Number == 1);
            return endOfFirstHalf ? GameStatus.Halftime : GameStatus.PeriodBreak;
        }

        return GameStatus.Live;
    }

    private GameChangeKinds ApplyClock(ClockData clock)
    {
        Note(clock.GameId);
        var kinds = LivePeriod(clock.GamePeriod);
        kinds |= SetClocks(clock.GameClock, clock.ShotClock, clock.IsRunning, shotClockSent: true);
        return kinds;
    }

    private GameChangeKinds ApplyLocation(LocationData location)
    {
        _positions = location;
        var kinds = GameChangeKinds.Positions | LivePeriod(location.GamePeriod);
        kinds |= SetClocks(location.GameClock, location.ShotClock, location.ClockRunning, shotClockSent: location.ShotClockMilliseconds is not null);
        if (location.GameClock is { } clock && location.Locations is { Count: > 0 } samples && samples[0].Timestamp is { } time)
        {
            _referenceTime = time;
            _referenceClock = clock;
            _referenceRunning = location.ClockRunning ?? _running;
            _referencePeriod = location.GamePeriod ?? _period;
        }

        return kinds | OnCourtFromFrame(location.Locations);
    }

    private GameChangeKinds SetClocks(TimeSpan? gameClock, TimeSpan? shotClock, bool? running, bool shotClockSent)
    {
        var changed = false;
        if (gameClock is not null && gameClock != _gameClock)
        {
            _gameClock = gameClock;
            changed = true;
        }

        if (shotClockSent && shotClock != _shotClock)
        {
            _shotClock = shotClock;
            changed = true;
        }

        if (running is { } isRunning && isRunning != _running)
        {
            _running = isRunning;
            changed = true;
        }

        if (_running)
        {
            _halftimeCode = false;
        }

        return changed ? GameChangeKinds.Clock : GameChangeKinds.None;
    }

    /// <summary>A period from the clock or a location frame: the current one, so it is taken even when it is lower.</summary>
    private GameChangeKinds LivePeriod(GamePeriod? period)
    {
        if (period is not { } value)
        {
            return GameChangeKinds.None;
        }

        if (value.IsFinal || value.Kind == GamePeriodKind.HalfTime)
        {
            return RecordedPeriod(value);
        }

        if (!value.IsPlayingPeriod || value == _period)
        {
            return GameChangeKinds.None;
        }

        _period = value;
        _halftimeCode = false;
        return GameChangeKinds.Clock;
    }

    /// <summary>A period from a sequenced event or a summary, which may be old: it only moves the period forward.</summary>
    private GameChangeKinds RecordedPeriod(GamePeriod? period)
    {
        if (period is not { } value)
        {
            return GameChangeKinds.None;
        }

        if (value.IsFinal)
        {
            _final = true;
            return GameChangeKinds.None;
        }

        if (value.Kind == GamePeriodKind.HalfTime && !_running)
        {
            _halftimeCode = true;
            return GameChangeKinds.None;
        }

        if (!value.IsPlayingPeriod || (_period is { } current && value <= current))
        {
            return GameChangeKinds.None;
        }

        _period = value;
        return GameChangeKinds.Clock;
    }

    /// <summary>The game clock at an event's time, from the latest location frame when it is close enough in time.</summary>
    private TimeSpan? ClockAt(long? timestamp, GamePeriod? period)
    {
        if (timestamp is { } t && _referenceTime is { } reference && Math.Abs(t - reference) <= ClockReferenceWindowMs
            && (period is null || period == _referencePeriod))
        {
            var clock = _referenceRunning ? _referenceClock + TimeSpan.FromMilliseconds(reference - t) : _referenceClock;
            return clock < TimeSpan.Zero ? TimeSpan.Zero : clock;
        }

        return _referenceTime is null && period is not null && period == _period ? _gameClock : null;
    }
}
