namespace ShotTracker.LiveData.Testing;

/// <summary>What <see cref="LiveDataEmulator"/> serves and how.</summary>
/// <remarks>
/// The options are read once, when the emulator starts; changing them afterwards has no effect, except for the
/// <see cref="Faults"/> instance, which the emulator keeps reading (see <see cref="LiveDataEmulator.Faults"/>).
/// </remarks>
public sealed class LiveDataEmulatorOptions
{
    /// <summary>Gets or sets the synthetic game to play (seed, periods, location rate, …). Ignored when <see cref="Replay"/> is set.</summary>
    /// <value>The default is a 40-minute game in quarters with seed 1 and 10 Hz location.</value>
    /// <remarks>
    /// Unless <see cref="SyntheticGameOptions.StartTime"/> is set, payload timestamps (<c>t</c>, <c>at</c>) come from
    /// <see cref="TimeProvider"/>: tip-off when the emulator starts, game time scaled by <see cref="Pace"/>, so a client
    /// that connects at once measures a lag near zero. Set the start time for the same bytes on every run.
    /// </remarks>
    public SyntheticGameOptions Game { get; set; } = new();

    /// <summary>Gets or sets a recording to replay instead of a synthetic game, at the recorded pace scaled by <see cref="Pace"/>.</summary>
    /// <value>The default is <see langword="null"/>: play <see cref="Game"/>.</value>
    public NdjsonRecording? Replay { get; set; }

    /// <summary>Gets or sets how fast the timeline is played.</summary>
    /// <value>The default is <see cref="LiveDataReplayPace.RealTime"/>.</value>
    public LiveDataReplayPace Pace { get; set; } = LiveDataReplayPace.RealTime;

    /// <summary>Gets or sets the only token the handshake accepts.</summary>
    /// <value>The default is <see langword="null"/>: a random token, readable from <see cref="LiveDataEmulator.Token"/>.</value>
    public string? Token { get; set; }

    /// <summary>
    /// Gets or sets the API key the token endpoint (<see cref="LiveDataEmulator.TokenUriTemplate"/>) requires in an
    /// <c>X-Api-Key</c> header, to test an app's token configuration.
    /// </summary>
    /// <value>The default is <see langword="null"/>: the token endpoint answers every request.</value>
    public string? TokenApiKey { get; set; }

    /// <summary>Gets or sets the faults to inject.</summary>
    /// <value>The default injects none.</value>
    public EmulatorFaults Faults { get; set; } = new();

    /// <summary>Gets or sets whether permessage-deflate compression is accepted when the client offers it.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool EnableCompression { get; set; }

    /// <summary>Gets or sets the clock all pacing and delays wait on (a <c>FakeTimeProvider</c> in timing tests).</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the URL path the WebSocket is served on.</summary>
    /// <value>The default is <c>/v2/live</c>.</value>
    public string Path { get; set; } = "/v2/live";

    /// <summary>Gets or sets the port to listen on, on 127.0.0.1.</summary>
    /// <value>The default is <c>0</c>: a free port chosen by the operating system.</value>
    public int Port { get; set; }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Game);
        ArgumentNullException.ThrowIfNull(Pace);
        ArgumentNullException.ThrowIfNull(Faults);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        if (string.IsNullOrEmpty(Path) || Path[0] != '/')
        {
            throw new ArgumentException("The path must start with '/'.", nameof(Path));
        }

        if (Path == LiveDataEmulator.TokenPathBase || Path.StartsWith(LiveDataEmulator.TokenPathBase + "/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path must not be under {LiveDataEmulator.TokenPathBase}, where the token endpoint is.", nameof(Path));
        }

        if (TokenApiKey is { Length: 0 })
        {
            throw new ArgumentException("The token API key must not be empty.", nameof(TokenApiKey));
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "Must be a TCP port number.");
        }

        if (Token is { Length: 0 })
        {
            throw new ArgumentException("The token must not be empty.", nameof(Token));
        }

        Faults.Validate();
        if (Replay is null)
        {
            Game.Validate();
        }
    }
}
