using System.Collections.Immutable;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// Turns game changes into one shared <see cref="RelayFrame"/> and hands it to every browser connection's
/// <see cref="LatestValueSlot{T}"/>: publishing costs the same for a fast tab, a slow one or a hundred.
/// </summary>
/// <remarks>One feed calls <see cref="Publish"/> and <see cref="SetLink"/>; subscribers come and go from any thread.</remarks>
internal sealed class GameRelay
{
    private readonly object _gate = new();
    private readonly List<LatestValueSlot<RelayFrame>> _subscribers = [];
    private List<ShotPlay> _chartedPlays = [];
    private GameSnapshot _game = GameSnapshot.Empty;
    private (string? Period, long Second) _trackingShown;
    private RelayFrame _frame = RelayFrame.Empty with { GameVersion = 1, Game = CourtWire.Game(GameSnapshot.Empty, RelayLink.Connecting) };

    /// <summary>Gets the latest frame.</summary>
    public RelayFrame Current => Volatile.Read(ref _frame);

    /// <summary>Gets the latest game snapshot the relay has published.</summary>
    public GameSnapshot Game => Volatile.Read(ref _game);

    /// <summary>Gets how many browsers are connected.</summary>
    public int Subscribers
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Registers a browser connection; its slot holds the current frame at once (the late joiner's snapshot).</summary>
    public LatestValueSlot<RelayFrame> Subscribe()
    {
        var slot = new LatestValueSlot<RelayFrame>();
        lock (_gate)
        {
            slot.Publish(_frame);
            _subscribers.Add(slot);
        }

        return slot;
    }

    public void Unsubscribe(LatestValueSlot<RelayFrame> slot)
    {
        lock (_gate)
        {
            _subscribers.Remove(slot);
        }
    }

    /// <summary>Publishes a change of the game.</summary>
    public void Publish(GameChange change)
    {
        lock (_gate)
        {
            var frame = _frame;
            var game = change.Snapshot;
            // Minutes and speeds change with every frame: the box score is sent again once per second of game clock.
            var trackingAt = (game.Period?.Code, (long)(game.GameClock ?? TimeSpan.Zero).TotalSeconds);
            if ((change.Kinds & ~(GameChangeKinds.Clock | GameChangeKinds.Positions)) != 0 || trackingAt != _trackingShown)
            {
                _trackingShown = trackingAt;
                frame = frame with { GameVersion = frame.GameVersion + 1, Game = CourtWire.Game(game, frame.Link) };
            }

            if ((change.Kinds & (GameChangeKinds.Clock | GameChangeKinds.Positions)) != 0)
            {
                frame = frame with { TickVersion = frame.TickVersion + 1, Tick = CourtWire.Tick(game) };
            }

            if ((change.Kinds & GameChangeKinds.Play) != 0)
            {
                frame = frame with { Shots = UpdateShots(frame.Shots, game) };
            }

            Volatile.Write(ref _game, game);
            PublishLocked(frame);
        }
    }

    /// <summary>Publishes a change of the upstream connection.</summary>
    public void SetLink(RelayLink link)
    {
        lock (_gate)
        {
            // The end of the stream is the last word: a late connection event does not undo it.
            if (_frame.Link == link || _frame.Link is RelayLink.Final or RelayLink.Failed)
            {
                return;
            }

            PublishLocked(_frame with { Link = link, GameVersion = _frame.GameVersion + 1, Game = CourtWire.Game(_game, link) });
        }
    }

    /// <summary>Ends every connection's wait: used when the app stops.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            foreach (var slot in _subscribers)
            {
                slot.Complete();
            }
        }
    }

    private void PublishLocked(RelayFrame frame)
    {
        Volatile.Write(ref _frame, frame);
        foreach (var slot in _subscribers)
        {
            slot.Publish(frame);
        }
    }

    private ShotChart UpdateShots(ShotChart chart, GameSnapshot game)
    {
        var plays = game.Plays.Where(CourtWire.IsCharted).Cast<ShotPlay>().ToList();
        var previous = _chartedPlays;
        _chartedPlays = plays;
        var appendOnly = plays.Count >= previous.Count && previous.Select((p, i) => ReferenceEquals(p, plays[i])).All(same => same);
        if (appendOnly)
        {
            return plays.Count == previous.Count
                ? chart
                : chart with { Shots = chart.Shots.AddRange(plays.Skip(previous.Count).Select(CourtWire.Shot)) };
        }

        // A shot already sent was corrected or retracted: browsers redraw the chart from the start.
        return new ShotChart(chart.Generation + 1, [.. plays.Select(CourtWire.Shot)]);
    }
}
