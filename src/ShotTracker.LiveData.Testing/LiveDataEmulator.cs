using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Testing.Server;

namespace ShotTracker.LiveData.Testing;

/// <summary>
/// The Live Data V2 service on your own machine: a WebSocket server on 127.0.0.1 that streams a synthetic or recorded
/// game by the wire contract (token check, <c>source</c> filters, <c>broadcast_summary_level</c>, <c>last_seq</c>
/// resume, ping/pong, a normal close when the game ends), with faults on demand.
/// </summary>
/// <remarks>
/// <para>
/// Every connection streams the timeline from the start. With <c>last_seq</c> it first re-sends, at once, the
/// sequenced messages after that <c>seq</c> up to the furthest point any connection has reached (the "live" game
/// time), then carries on from there with every requested source.
/// </para>
/// <para>The observable state (<see cref="ConnectionsAccepted"/>, <see cref="PingsReceived"/>, …) is thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Pace = LiveDataReplayPace.AsFastAsPossible });
/// // connect to $"{emulator.Endpoint}?token={emulator.Token}&amp;source=chart"
/// </code>
/// </example>
public sealed partial class LiveDataEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<int, byte[]> _gameStatsLevel = new();
    private readonly ConcurrentDictionary<long, bool> _firedDrops = new();
    private readonly List<string> _queryStrings = [];
    private readonly List<long> _requestedLastSequences = [];
    private readonly string _path;
    private readonly bool _enableCompression;
    private int _livePosition;
    private int _disposed;

    private LiveDataEmulator(LiveDataEmulatorOptions options, IReadOnlyList<EmulatedMessage> timeline, GameBoxScore? boxScore)
    {
        Timeline = timeline;
        BoxScore = boxScore;
        Pace = options.Pace;
        Faults = options.Faults;
        TimeProvider = options.TimeProvider;
        Token = options.Token ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _path = options.Path;
        _enableCompression = options.EnableCompression;
        _tokenApiKey = options.TokenApiKey;

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // The host of the app under test may have appsettings.json or ASPNETCORE_* variables (Kestrel endpoints,
        // URLs): none of them is meant for the emulator.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, options.Port));
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        _app.Run(HandleAsync);
    }

    /// <summary>Gets the WebSocket endpoint, <c>ws://127.0.0.1:{port}/v2/live</c>, without any query.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Gets the token the handshake accepts (<see cref="LiveDataEmulatorOptions.Token"/> or a generated one).</summary>
    public string Token { get; }

    /// <summary>Gets the messages every connection is served, in order.</summary>
    public IReadOnlyList<EmulatedMessage> Timeline { get; }

    /// <summary>Gets the final box score of the synthetic game, or <see langword="null"/> when replaying a recording.</summary>
    public GameBoxScore? BoxScore { get; }

    /// <summary>Gets how many WebSocket connections have been accepted.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _connectionsAccepted);

    /// <summary>Gets how many handshakes were refused (HTTP 401, or 1008 with <see cref="EmulatorFaults.RefuseTokensWithClose1008"/>).</summary>
    public int HandshakesRefused => Volatile.Read(ref _handshakesRefused);

    /// <summary>Gets how many connections ran to the end of the game and were closed with 1000.</summary>
    public int ConnectionsCompleted => Volatile.Read(ref _connectionsCompleted);

    /// <summary>Gets how many connections a fault ended: aborted, or closed with 1001 by <see cref="EmulatorFaults.GoingAwayAfterMessages"/>.</summary>
    public int ConnectionsDropped => Volatile.Read(ref _connectionsDropped);

    /// <summary>Gets how many <c>{"type":"ping"}</c> messages have been received, answered or not.</summary>
    public int PingsReceived => Volatile.Read(ref _pingsReceived);

    /// <summary>Gets how many timeline messages have been sent over all connections.</summary>
    public long MessagesSent => Volatile.Read(ref _messagesSent);

    /// <summary>Gets the query string of every handshake on the WebSocket path, in arrival order (tokens included).</summary>
    public IReadOnlyList<string> QueryStrings
    {
        get
        {
            lock (_queryStrings)
            {
                return _queryStrings.ToArray();
            }
        }
    }

    /// <summary>Gets the <c>last_seq</c> of every accepted handshake that had one, in arrival order.</summary>
    public IReadOnlyList<long> RequestedLastSequences
    {
        get
        {
            lock (_requestedLastSequences)
            {
                return _requestedLastSequences.ToArray();
            }
        }
    }

    /// <summary>
    /// Gets the faults being injected: the instance from <see cref="LiveDataEmulatorOptions.Faults"/>, which the
    /// emulator keeps reading, so a test may change it while clients are connected (for example set
    /// <see cref="EmulatorFaults.IgnorePings"/> to make a live connection go dead, then clear it again).
    /// </summary>
    /// <remarks>Changes are read without locking, at the next message, ping or handshake: make them between steps of a test.</remarks>
    public EmulatorFaults Faults { get; }

    internal LiveDataReplayPace Pace { get; }

    internal TimeProvider TimeProvider { get; }

    internal int LivePosition => Volatile.Read(ref _livePosition);

    /// <summary>Starts an emulator and waits until it listens.</summary>
    /// <param name="options">What to serve and how.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static async Task<LiveDataEmulator> StartAsync(LiveDataEmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        LiveDataEmulator emulator;
        if (options.Replay is { } recording)
        {
            emulator = new LiveDataEmulator(options, recording.ToTimeline(), boxScore: null);
        }
        else
        {
            // Payload timestamps from the emulator's clock, so the client's lag metric reads near zero, not the days
            // since a fixed start time; a start time set on the game keeps its reproducible bytes.
            var game = options.Game.IsStartTimeSet
                ? SyntheticGame.Generate(options.Game)
                : SyntheticGame.Generate(options.Game, options.TimeProvider.GetUtcNow(), options.Pace);
            emulator = new LiveDataEmulator(options, game.Messages, game.BoxScore);
        }

        try
        {
            await emulator._app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = emulator._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var port = new Uri(address).Port;
            emulator.Endpoint = new Uri($"ws://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}{options.Path}");
            emulator.SetTokenUriTemplate(port);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops listening and aborts open connections. Idempotent.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);

        // A wall-clock guard for the host's shutdown, not game time: it must fire even under a fake TimeProvider.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), TimeProvider.System);
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Connections that did not end in time are dropped with the server.
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"LiveDataEmulator {Endpoint} ({Timeline.Count} messages, {Pace})";

    internal void AdvanceLivePosition(int position)
    {
        var current = Volatile.Read(ref _livePosition);
        while (position > current)
        {
            var seen = Interlocked.CompareExchange(ref _livePosition, position, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    internal bool TryFireDropAt(long sequence) => _firedDrops.TryAdd(sequence, true);

    internal byte[] GetGameStatsLevel(int index) =>
        _gameStatsLevel.GetOrAdd(index, static (i, timeline) => GameStatsLevel.Shrink(timeline[i].Utf8Json), Timeline);

    internal bool IsValidToken(string? token) =>
        !Faults.RefuseAllTokens && token is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(Token));
}
