using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// Tracking and minutes: speeds and distances from <c>location</c> frames, time on court from the lineups and the game
/// clock. A frame updates the values in place, without allocating; a snapshot gets a copy only when they changed.
/// </summary>
internal sealed partial class GameState
{
    /// <summary>The largest clock step credited: clock ticks come twice a second and frames 10 to 25 times.</summary>
    private const long MaxClockStepMs = 2_000;

    private readonly Dictionary<PlayerId, int> _trackSlots = [];
    private readonly List<TrackingView.ClosedPeriod> _closedPeriods = [];
    private TrackValues[] _track = new TrackValues[32];
    private double[] _odometer = new double[32];
    private GamePeriod?[] _odometerPeriod = new GamePeriod?[32];
    private int _trackCount;

    // The previous frame's players by position (frames list players in a stable order): most lookups are a compare.
    private long[] _framePids = new long[16];
    private int[] _frameSlots = new int[16];
    private int _frameCount;

    private (PlayerId[] Lineup, int[] Slots)[] _lineupSlots = [];
    private GamePeriod? _trackPeriod;
    private long? _clockMark;
    private bool _trackDirty;
    private IReadOnlyDictionary<PlayerId, int> _publishedSlots = new Dictionary<PlayerId, int>();
    private TrackingView.ClosedPeriod[] _publishedPeriods = [];
    private bool _slotsChanged;
    private TrackingView _trackingView = TrackingView.Empty;

    /// <summary>Before an event is folded: a substitution credits the outgoing lineup up to its own game clock.</summary>
    private void TrackBefore(LiveDataEvent liveDataEvent)
    {
        switch (liveDataEvent)
        {
            case LiveDataGapEvent:
                // Non-sequenced sources missed what they sent meanwhile: the next clock reading starts afresh.
                _clockMark = null;
                break;
            case MarkerEvent { Data: { Status: MarkerStatuses.Lineup, Timestamp: { } t } }
                when ClockAt(t, null) is { } clock:
                ObserveClock(_referencePeriod, clock);
                break;
        }
    }

    /// <summary>After an event is folded: a frame's speeds and distances, and clock time for whoever is on court.</summary>
    private void TrackAfter(LiveDataEvent liveDataEvent)
    {
        switch (liveDataEvent)
        {
            case LocationEvent { Data: { } location }:
                ObserveClock(location.GamePeriod, location.GameClock);
                TrackFrame(location);
                break;
            case ClockEvent { Data: { } clock }:
                ObserveClock(clock.GamePeriod, clock.GameClock);
                break;
        }

        if (_trackDirty)
        {
            if (_slotsChanged)
            {
                _publishedSlots = new Dictionary<PlayerId, int>(_trackSlots);
                _slotsChanged = false;
            }

            _trackingView = new TrackingView(_publishedSlots, _track.AsSpan(0, _trackCount).ToArray(), _trackPeriod, _publishedPeriods);
            _trackDirty = false;
        }
    }

    private void TrackFrame(LocationData location)
    {
        if (location.Locations is not { } samples)
        {
            return;
        }

        var period = TrackedPeriod(location.GamePeriod);
        for (var i = 0; i < _frameCount; i++)
        {
            _track[_frameSlots[i]].Speed = double.NaN;
        }

        var count = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            if (sample.Kind != LocationKind.Player || sample.PlayerId is not { } pid)
            {
                continue;
            }

            var slot = count < _frameCount && _framePids[count] == pid ? _frameSlots[count] : Slot(PlayerId.FromNumber(pid));
            if (count == _framePids.Length)
            {
                Array.Resize(ref _framePids, count * 2);
                Array.Resize(ref _frameSlots, count * 2);
            }

            _framePids[count] = pid;
            _frameSlots[count] = slot;
            count++;
            ref var values = ref _track[slot];
            if (sample.Speed is { } speed && !double.IsNaN(speed) && !double.IsInfinity(speed))
            {
                values.Speed = speed;
                values.GameTopSpeed = Max(values.GameTopSpeed, speed);
                if (period is not null)
                {
                    values.PeriodTopSpeed = Max(values.PeriodTopSpeed, speed);
                }
            }

            if (sample.Distance is { } distance && distance >= 0 && !double.IsInfinity(distance))
            {
                Odometer(slot, ref values, distance, period);
            }
        }

        _frameCount = count;
        _trackDirty = true;
    }

    /// <summary>Credits what a running distance covered since the player's previous reading.</summary>
    private void Odometer(int slot, ref TrackValues values, double reading, GamePeriod? period)
    {
        var previous = _odometer[slot];
        if (double.IsNaN(previous))
        {
            // The first reading: what the feed says the player had covered before we joined counts for the game.
            values.GameDistance += reading;
        }
        else if (reading >= previous)
        {
            values.GameDistance += reading - previous;
            if (period is not null && _odometerPeriod[slot] == period)
            {
                values.PeriodDistance += reading - previous;
            }
        }

        // A reading lower than the previous one: the count restarted, and what it covered before restarting is unknown.
        _odometer[slot] = reading;
        _odometerPeriod[slot] = period;
    }

    /// <summary>A clock reading: credits the time run since the previous one to everyone on court.</summary>
    private void ObserveClock(GamePeriod? period, TimeSpan? clock)
    {
        if (clock is not { } value || TrackedPeriod(period) is null)
        {
            return;
        }

        var ms = (long)value.TotalMilliseconds;
        var step = _clockMark - ms;
        if (step is null or > MaxClockStepMs)
        {
            // The first reading of a period, or the clock jumped (a gap): nothing is known about the time in between.
            _clockMark = ms;
            return;
        }

        if (step <= 0)
        {
            // A stopped clock, or time put back on it: the mark stays at the lowest time already credited.
            return;
        }

        _clockMark = ms;
        for (var t = 0; t < _teamOrder.Count; t++)
        {
            var team = _teamOrder[t];
            foreach (var slot in LineupSlots(t, team.Lineup.Length > 0 ? team.Lineup : team.OnCourt))
            {
                _track[slot].PeriodMilliseconds += step.Value;
                _track[slot].GameMilliseconds += step.Value;
            }
        }

        _trackDirty = true;
    }

    /// <summary>The period a reading belongs to (starting a new one when it moved on), or <see langword="null"/> when none.</summary>
    private GamePeriod? TrackedPeriod(GamePeriod? period)
    {
        if (period is not { } value)
        {
            return _trackPeriod;
        }

        if (!value.IsPlayingPeriod || (_trackPeriod is { } current && value < current))
        {
            return null;
        }

        if (value != _trackPeriod)
        {
            if (_trackPeriod is { } ended)
            {
                _closedPeriods.Add(new TrackingView.ClosedPeriod(ended, _track.AsSpan(0, _trackCount).ToArray()));
                _publishedPeriods = _closedPeriods.ToArray();
            }

            for (var i = 0; i < _trackCount; i++)
            {
                _track[i].StartPeriod();
            }

            _trackPeriod = value;
            _clockMark = null;
            _trackDirty = true;
        }

        return value;
    }

    private int[] LineupSlots(int team, PlayerId[] lineup)
    {
        if (team >= _lineupSlots.Length)
        {
            Array.Resize(ref _lineupSlots, team + 1);
        }

        ref var cached = ref _lineupSlots[team];
        if (!ReferenceEquals(cached.Lineup, lineup))
        {
            var slots = new int[lineup.Length];
            for (var i = 0; i < lineup.Length; i++)
            {
                slots[i] = Slot(lineup[i]);
            }

            cached = (lineup, slots);
        }

        return cached.Slots;
    }

    private int Slot(PlayerId id)
    {
        if (_trackSlots.TryGetValue(id, out var slot))
        {
            return slot;
        }

        slot = _trackCount++;
        if (slot == _track.Length)
        {
            Array.Resize(ref _track, slot * 2);
            Array.Resize(ref _odometer, slot * 2);
            Array.Resize(ref _odometerPeriod, slot * 2);
        }

        _track[slot] = TrackValues.None;
        _odometer[slot] = double.NaN;
        _trackSlots.Add(id, slot);
        _slotsChanged = true;
        _trackDirty = true;
        return slot;
    }

    private static double Max(double current, double value) => double.IsNaN(current) || value > current ? value : current;
}
