using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// Tracking and minutes: speeds and distances from <c>location</c> frames, time on court from the lineups and the game
/// clock. The true totals are updated in place; snapshots share a copy taken only after an irregular event, and add
/// what regular frames and clock steps did since (<see cref="TrackingView"/>), so a steady feed allocates nothing here.
/// </summary>
internal sealed partial class GameState
{
    /// <summary>The largest clock step credited: clock ticks come twice a second and frames 10 to 25 times.</summary>
    private const long MaxClockStepMs = 2_000;

    private readonly Dictionary<PlayerId, int> _trackSlots = [];
    private readonly List<TrackingView.ClosedPeriod> _closedPeriods = [];
    private TrackValues[] _track = new TrackValues[32];
    private GamePeriod?[] _odometerPeriod = new GamePeriod?[32];
    private int _trackCount;

    // The previous frame's players by position (frames list players in a stable order): most lookups are a compare,
    // and the same list as the copy's is what makes a frame regular.
    private long[] _framePids = new long[16];
    private int[] _frameSlots = new int[16];
    private int _frameCount;

    private (PlayerId[] Lineup, int[] Slots)[] _lineupSlots = [];
    private GamePeriod? _trackPeriod;
    private long? _clockMark;
    private long _publishedMark;
    private LocationData? _trackFrame;
    private bool _copyNeeded;
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

    /// <summary>After an event is folded: a frame's speeds and distances, clock time for whoever is on court, and the copy.</summary>
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

        if (_copyNeeded)
        {
            Copy();
        }
    }

    private void TrackFrame(LocationData location)
    {
        if (location.Locations is not { } samples)
        {
            return;
        }

        _trackFrame = location;
        var period = TrackedPeriod(location.GamePeriod);
        var regular = period == _trackPeriod;
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

            var known = count < _frameCount && _framePids[count] == pid;
            var slot = known ? _frameSlots[count] : Slot(PlayerId.FromNumber(pid));
            regular &= known;
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
                // A new top speed is the one change a later frame cannot show: the copy must hold it.
                regular &= speed <= values.GameTopSpeed && (period is null || speed <= values.PeriodTopSpeed);
                values.Speed = speed;
                values.GameTopSpeed = TrackingView.Max(values.GameTopSpeed, speed);
                if (period is not null)
                {
                    values.PeriodTopSpeed = TrackingView.Max(values.PeriodTopSpeed, speed);
                }
            }
            else
            {
                regular = false;
            }

            regular &= sample.Distance is { } distance && Odometer(slot, ref values, distance, period);
        }

        regular &= count == _frameCount;
        _frameCount = count;
        _copyNeeded |= !regular;
    }

    /// <summary>Credits what a running distance covered since the player's previous reading; returns whether that was regular.</summary>
    private bool Odometer(int slot, ref TrackValues values, double reading, GamePeriod? period)
    {
        if (reading < 0 || double.IsInfinity(reading) || double.IsNaN(reading))
        {
            return false;
        }

        var previous = values.Odometer;
        var regular = false;
        if (double.IsNaN(previous))
        {
            // The first reading: what the feed says the player had covered before we joined counts for the game.
            values.GameDistance += reading;
        }
        else if (reading >= previous)
        {
            values.GameDistance += reading - previous;
            regular = period is not null && _odometerPeriod[slot] == period;
            if (regular)
            {
                values.PeriodDistance += reading - previous;
            }
        }

        // A reading lower than the previous one: the count restarted, and what it covered before restarting is unknown.
        values.Odometer = reading;
        _odometerPeriod[slot] = period;
        return regular;
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
            _clockMark = _publishedMark = ms;
            _copyNeeded = true;
            return;
        }

        if (step <= 0)
        {
            // A stopped clock, or time put back on it: the mark stays at the lowest time already credited.
            return;
        }

        _clockMark = _publishedMark = ms;
        for (var t = 0; t < _teamOrder.Count; t++)
        {
            foreach (var slot in LineupSlots(t))
            {
                _track[slot].PeriodMilliseconds += step.Value;
                _track[slot].GameMilliseconds += step.Value;
            }
        }
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
            _copyNeeded = true;
        }

        return value;
    }

    /// <summary>The slots of a team's lineup (the sequenced one, else who the frames show); a new lineup needs a new copy.</summary>
    private int[] LineupSlots(int team)
    {
        var lineup = _teamOrder[team].Lineup.Length > 0 ? _teamOrder[team].Lineup : _teamOrder[team].OnCourt;
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
            _copyNeeded = true;
        }

        return cached.Slots;
    }

    /// <summary>Copies the true totals for snapshots: the clock from here on credits exactly the lineups marked now.</summary>
    private void Copy()
    {
        for (var i = 0; i < _trackCount; i++)
        {
            _track[i].InSegment = false;
        }

        for (var t = 0; t < _teamOrder.Count; t++)
        {
            foreach (var slot in LineupSlots(t))
            {
                _track[slot].InSegment = true;
            }
        }

        if (_slotsChanged)
        {
            _publishedSlots = new Dictionary<PlayerId, int>(_trackSlots);
            _slotsChanged = false;
        }

        _trackingView = new TrackingView(_publishedSlots, _track.AsSpan(0, _trackCount).ToArray(), _trackPeriod, _publishedPeriods, _publishedMark);
        _copyNeeded = false;
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
            Array.Resize(ref _odometerPeriod, slot * 2);
        }

        _track[slot] = TrackValues.None;
        _trackSlots.Add(id, slot);
        _slotsChanged = true;
        _copyNeeded = true;
        return slot;
    }
}
