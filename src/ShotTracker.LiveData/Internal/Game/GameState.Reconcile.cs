using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// When a broadcast summary's difference from the computed box score is adopted: compared as of the summary's own
/// time, adopted only once it persists (a later summary agrees, or the feed's time passes the settle time), reported
/// and logged once when adopted. See <see cref="LiveGameOptions.AdoptBroadcastSummary"/> for the rule as users read it.
/// </summary>
/// <remarks>
/// Per event this costs a time comparison and the trimming of the ledgers' recent changes; the totals as of a
/// summary's time are worked out only when a summary arrives or a difference is due, from the few changes after it.
/// </remarks>
internal sealed partial class GameState
{
    // Changes older than the settle time by this much are dropped; a summary older than what is kept is not compared.
    private const long RetentionBeyondSettleMs = 60_000;

    // Longer than any pause between timed payloads of a real game (a halftime without tracking frames is about 20 min).
    private const long MaxFeedTimeStepMs = 45 * 60_000;

    private readonly List<GameDiscrepancy> _discrepancies = [];
    private readonly List<GameDiscrepancy> _newDiscrepancies = [];
    private readonly Dictionary<(TeamId Team, PlayerId? Player, int Stat), PendingDifference> _pending = [];
    private readonly List<(TeamId Team, PlayerId? Player, int Stat)> _due = [];
    private readonly StatLedger _later = new();
    private readonly long _settleMs = (long)options.BroadcastSummarySettleTime.TotalMilliseconds;
    private IReadOnlyList<GameDiscrepancy> _discrepancyView = [];
    private long? _feedTime;
    private long _comparedThrough = long.MinValue;
    private long _forgottenThrough = long.MinValue;
    private long _oldestPending = long.MaxValue;

    /// <summary>The event's own time, when it has a usable one: what the feed's time advances by.</summary>
    private static long? TimeOf(LiveDataEvent liveDataEvent)
    {
        var time = liveDataEvent switch
        {
            BoxScoreStatsEvent { Data: { } stat } => stat.Timestamp,
            ChartEvent { Data: { } shot } => shot.Timestamp,
            MarkerEvent { Data: { } marker } => marker.Timestamp,
            LocationEvent { Data.Locations: { Count: > 0 } samples } => samples[0].Timestamp,
            BroadcastSummaryEvent { Data: { } summary } => summary.Timestamp,
            _ => null,
        };
        return ModelValues.FromUnixMilliseconds(time) is null ? null : time;
    }

    private void AdvanceFeedTime(long? time)
    {
        // One payload stamped far ahead (a skewed clock, a bad frame) must not settle every pending difference at once
        // and put every later summary out of reach: a step longer than any real pause in a game is not taken.
        if (time is { } t && (_feedTime is null || (t > _feedTime && t - _feedTime <= MaxFeedTimeStepMs)))
        {
            _feedTime = t;
        }
    }

    /// <summary>When an event happened for the comparison: its own time, else the latest the feed has shown.</summary>
    private long EventTime(long? own) =>
        ModelValues.FromUnixMilliseconds(own) is not null ? own!.Value : _feedTime ?? long.MinValue;

    /// <summary>The time a summary is compared as of, or <see langword="null"/> when it is too old to compare.</summary>
    private long? ComparedAsOf(BroadcastSummaryData summary)
    {
        var asOf = EventTime(summary.Timestamp);
        if (asOf < _comparedThrough || asOf < _forgottenThrough)
        {
            return null;
        }

        _comparedThrough = asOf;
        return asOf;
    }

    private void Compare(StatLine line, Subject subject, long asOf, DateTimeOffset? summaryTime, bool final)
    {
        var counts = Counts(Active, subject);
        var later = Counts(_later, subject);
        for (var stat = 0; stat < StatIndex.Count; stat++)
        {
            if (SummaryValue(line, stat) is not { } expected)
            {
                continue;
            }

            var key = (subject.Team, subject.Player, stat);
            var computed = counts[stat] - later[stat] + subject.Adjust[stat];
            var difference = expected - computed;
            if (difference == 0)
            {
                _pending.Remove(key);
                continue;
            }

            if (final)
            {
                _pending.Remove(key);
                Adopt(subject, stat, computed, expected, summaryTime);
                continue;
            }

            if (_pending.TryGetValue(key, out var pending))
            {
                if (asOf == pending.Since)
                {
                    // The same moment again (a summary sent twice) confirms nothing.
                    continue;
                }

                if (Math.Sign(difference) == Math.Sign(pending.Difference))
                {
                    _pending.Remove(key);
                    Adopt(subject, stat, computed, expected, summaryTime);
                    continue;
                }
            }

            _pending[key] = new PendingDifference(subject, asOf, expected, difference, summaryTime);
        }
    }

    /// <summary>Adopts, as of the feed's time now, every difference that has outlasted the settle time and is still there.</summary>
    private void SettleDueDifferences()
    {
        if (_feedTime is not { } now || _pending.Count == 0 || now < SaturatingAdd(_oldestPending, _settleMs))
        {
            return;
        }

        _due.Clear();
        foreach (var pair in _pending)
        {
            if (now >= SaturatingAdd(pair.Value.Since, _settleMs))
            {
                _due.Add(pair.Key);
            }
        }

        // Differences of one summary share its time: the changes after it are collected once per summary.
        _due.Sort((a, b) => _pending[a].Since.CompareTo(_pending[b].Since));
        long? collected = null;
        foreach (var key in _due)
        {
            var pending = _pending[key];
            _pending.Remove(key);
            if (collected != pending.Since)
            {
                Active.CollectAfter(pending.Since, _later);
                collected = pending.Since;
            }

            var subject = pending.Subject;
            var computed = Counts(Active, subject)[key.Stat] - Counts(_later, subject)[key.Stat] + subject.Adjust[key.Stat];
            var difference = pending.Expected - computed;
            if (difference != 0 && Math.Sign(difference) == Math.Sign(pending.Difference))
            {
                Adopt(subject, key.Stat, computed, pending.Expected, pending.SummaryTime);
            }
        }

        RescheduleSettling();
    }

    private void RescheduleSettling()
    {
        _oldestPending = long.MaxValue;
        foreach (var pending in _pending.Values)
        {
            _oldestPending = Math.Min(_oldestPending, pending.Since);
        }
    }

    /// <summary>Drops the ledgers' changes that no summary still to be compared can need.</summary>
    private void ForgetOldChanges()
    {
        if (_feedTime is { } now)
        {
            var keep = SaturatingAdd(now, -(_settleMs + RetentionBeyondSettleMs));
            _forgottenThrough = Math.Max(_forgottenThrough, Math.Min(keep, _oldestPending));
        }

        _box.Forget(_forgottenThrough);
        _chart.Forget(_forgottenThrough);
    }

    private void Adopt(Subject subject, int stat, int computed, int expected, DateTimeOffset? summaryTime)
    {
        subject.Adjust[stat] += expected - computed;
        var name = subject.Player is { } id ? $"player {id}" : $"team {subject.Team}";
        LiveGameLog.Discrepancy(logger, name, StatIndex.Keys[stat], expected, computed);
        _newDiscrepancies.Add(new GameDiscrepancy
        {
            TeamId = subject.Team,
            PlayerId = subject.Player,
            Stat = StatIndex.Keys[stat],
            Computed = computed,
            Summary = expected,
            SummaryTime = summaryTime,
        });
    }

    /// <summary>Publishes the discrepancies adopted while folding the current event; returns what they changed.</summary>
    private GameChangeKinds PublishDiscrepancies()
    {
        if (_newDiscrepancies.Count == 0)
        {
            return GameChangeKinds.None;
        }

        _discrepancies.AddRange(_newDiscrepancies);
        _discrepancyView = Array.AsReadOnly(_discrepancies.ToArray());
        var kinds = GameChangeKinds.Discrepancy | GameChangeKinds.BoxScore;
        foreach (var discrepancy in _newDiscrepancies)
        {
            kinds |= discrepancy.Stat == StatIndex.Keys[StatIndex.Points] ? GameChangeKinds.Score : GameChangeKinds.None;
        }

        return kinds;
    }

    private static int[] Counts(StatLedger ledger, Subject subject) =>
        (subject.Player is { } player ? ledger.Player(player) : ledger.Team(subject.Team)) ?? StatIndex.None;

    private static long SaturatingAdd(long time, long milliseconds) =>
        milliseconds >= 0
            ? (time > long.MaxValue - milliseconds ? long.MaxValue : time + milliseconds)
            : (time < long.MinValue - milliseconds ? long.MinValue : time + milliseconds);

    /// <summary>A team's or a player's line, with the adjustments adopted from summaries so far.</summary>
    private readonly record struct Subject(TeamId Team, PlayerId? Player, int[] Adjust);

    /// <summary>A difference a summary showed and that has not yet persisted.</summary>
    private sealed record PendingDifference(Subject Subject, long Since, int Expected, int Difference, DateTimeOffset? SummaryTime);
}
