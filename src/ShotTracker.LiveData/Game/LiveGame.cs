using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Internal.Game;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// The game itself as typed, consistent state: folds a stream of <see cref="LiveDataEvent"/>s (a live client, a
/// replay, a test list) into immutable <see cref="GameSnapshot"/>s, and tells readers what changed.
/// </summary>
/// <remarks>
/// <para>
/// Score and box score are computed from <c>boxscorestatsv2</c> events (from <c>chart</c> when the feed has no box
/// score events); an event sent again with the same event id and a higher version replaces the earlier one, and the
/// totals follow. Each broadcast summary's team and player stats are compared with the stats computed from the events
/// up to the summary's own time; a difference that persists (a later summary still shows it, or it outlasts
/// <see cref="LiveGameOptions.BroadcastSummarySettleTime"/> of feed time) is adopted and reported once as a
/// <see cref="GameDiscrepancy"/>. Scores and counting stats never go down except by a correction or such an adopted
/// difference; see <see cref="LiveGameOptions.AdoptBroadcastSummary"/>.
/// </para>
/// <para>
/// Folding never throws because of data: unknown ids, sources, classifications and out-of-order events are tolerated.
/// Thread-safety: <see cref="Apply(LiveDataEvent)"/> may be called from any thread (calls are serialized);
/// <see cref="Current"/> and <see cref="ChangesAsync(CancellationToken)"/> may be used from any thread at any time.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var game = new LiveGame();
/// _ = game.RunAsync(client.StreamAsync(ct), ct);
/// await foreach (var change in game.ChangesAsync(ct))
/// {
///     if (change.Kinds.HasFlag(GameChangeKinds.Score)) { Render(change.Snapshot); }
/// }
/// </code>
/// </example>
public sealed class LiveGame
{
    private readonly object _gate = new();
    private readonly GameState _state;
    private readonly List<ChangeQueue> _readers = [];
    private readonly int _capacity;
    private GameSnapshot _current = GameSnapshot.Empty;
    private bool _completed;

    /// <summary>Creates a projection of a game no event has been folded into.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <param name="logger">Where discrepancies and corrections are logged; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LiveGame(LiveGameOptions? options = null, ILogger<LiveGame>? logger = null)
    {
        options ??= new LiveGameOptions();
        options.Validate();
        _capacity = options.ChangeBufferCapacity;
        _state = new GameState(options, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <summary>Gets the latest snapshot. Cheap: the snapshot is built when an event is folded, not when it is read.</summary>
    public GameSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Folds one event into the game.</summary>
    /// <param name="liveDataEvent">The event; events of any type are accepted, and those that say nothing about the game are counted only.</param>
    /// <returns>What changed, or <see langword="null"/> when nothing a viewer would notice did.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="liveDataEvent"/> is <see langword="null"/>.</exception>
    public GameChange? Apply(LiveDataEvent liveDataEvent)
    {
        if (liveDataEvent is null)
        {
            throw new ArgumentNullException(nameof(liveDataEvent));
        }

        lock (_gate)
        {
            var change = _state.Apply(liveDataEvent);
            Volatile.Write(ref _current, _state.Snapshot);
            if (change is not null)
            {
                foreach (var reader in _readers)
                {
                    reader.Publish(change);
                }
            }

            return change;
        }
    }

    /// <summary>
    /// Folds every event of <paramref name="events"/> into the game, then completes the change streams of
    /// <see cref="ChangesAsync(CancellationToken)"/>.
    /// </summary>
    /// <param name="events">The events: <c>client.StreamAsync(ct)</c>, a replay, or a list in a test.</param>
    /// <param name="cancellationToken">Stops folding.</param>
    /// <returns>The last snapshot, once the stream has ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Exceptions of the stream itself (a <see cref="LiveDataException"/>) propagate; the change streams complete either way.</remarks>
    public async Task<GameSnapshot> RunAsync(IAsyncEnumerable<LiveDataEvent> events, CancellationToken cancellationToken = default)
    {
        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        try
        {
            await foreach (var liveDataEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                Apply(liveDataEvent);
            }
        }
        finally
        {
            Complete();
        }

        return Current;
    }

    /// <summary>Ends every change stream of <see cref="ChangesAsync(CancellationToken)"/> once its reader has drained it. Idempotent.</summary>
    /// <remarks><see cref="RunAsync"/> calls it when its stream ends. Events folded afterwards still update <see cref="Current"/>.</remarks>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            foreach (var reader in _readers)
            {
                reader.Complete();
            }

            _readers.Clear();
        }
    }

    /// <summary>Streams what changes from now on, one <see cref="GameChange"/> at a time, until the game is completed.</summary>
    /// <param name="cancellationToken">Ends the stream with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The changes. Each enumeration is an independent reader that starts at the moment it starts.</returns>
    /// <remarks>
    /// Each reader has a bounded buffer (<see cref="LiveGameOptions.ChangeBufferCapacity"/>). Clock and position changes
    /// waiting for a slow reader are merged into the latest, and a full buffer merges new changes into the last waiting
    /// one, so a UI never lags behind the game: the snapshot it gets next is always the newest. Plays and
    /// discrepancies are never dropped; merged changes carry all of them. Read <see cref="Current"/> first to draw the
    /// starting state.
    /// </remarks>
    public IAsyncEnumerable<GameChange> ChangesAsync(CancellationToken cancellationToken = default) => ReadChangesAsync(cancellationToken);

    private async IAsyncEnumerable<GameChange> ReadChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new ChangeQueue(_capacity);
        lock (_gate)
        {
            if (_completed)
            {
                reader.Complete();
            }
            else
            {
                _readers.Add(reader);
            }
        }

        try
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } change)
            {
                yield return change;
            }
        }
        finally
        {
            lock (_gate)
            {
                _readers.Remove(reader);
            }
        }
    }
}
