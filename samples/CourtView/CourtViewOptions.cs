namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// The <c>CourtView</c> configuration section (appsettings.json, <c>CourtView__*</c> environment variables or the
/// command line: <c>--demo</c>, <c>--port</c>, <c>--speed</c>, <c>--seed</c>, <c>--drop-every</c>, <c>--endpoint</c>, <c>--token</c>,
/// <c>--redis</c>, <c>--game</c>).
/// Where the page is served is ASP.NET Core's own <c>--urls</c> or <c>ASPNETCORE_URLS</c>, or the <see cref="Port"/> shortcut.
/// </summary>
internal sealed class CourtViewOptions
{
    public const string SectionName = "CourtView";

    /// <summary>Gets or sets whether to follow a synthetic game from the built-in emulator. The default is <see langword="false"/>.</summary>
    public bool Demo { get; set; }

    /// <summary>Gets or sets the Live Data V2 endpoint (<c>wss://…</c>) of a real game; not used with <see cref="Demo"/>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Gets or sets the subscription token of a real game (or <c>SHOTTRACKER_TOKEN</c> in the environment).</summary>
    public string? Token { get; set; }

    /// <summary>
    /// Gets or sets a Redis configuration string (<c>redis:6379</c>) to read the game from, as a relay
    /// (<c>samples/RelayHost</c>) writes it, instead of holding a WebSocket: several court view nodes then serve browsers
    /// from one relay. Needs <see cref="GameId"/>; no token.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Gets or sets the id of the game to read from <see cref="Redis"/>, as the relay's <c>Games</c> list names it.</summary>
    public string? GameId { get; set; }

    /// <summary>The address served when neither <c>--port</c>, <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Gets or sets a port to serve the page on, on 127.0.0.1 (0 for any free port): short for
    /// <c>--urls http://127.0.0.1:N</c>, and it wins over <c>--urls</c> and <c>ASPNETCORE_URLS</c>. The default is
    /// <see langword="null"/>: the URLs configured the standard ASP.NET Core way, else <see cref="DefaultUrls"/>.
    /// </summary>
    public int? Port { get; set; }

    /// <summary>Gets or sets the demo's game seconds per second; 0 for as fast as possible. The default is 10.</summary>
    public double Speed { get; set; } = 10;

    /// <summary>Gets or sets the demo game's seed. The default is 2026.</summary>
    public int Seed { get; set; } = 2026;

    /// <summary>Gets or sets, for the demo, after how many messages the emulator drops each connection; none by default.</summary>
    public int? DropEvery { get; set; }

    /// <summary>Gets or sets the first delay before a reconnect. The default is 500 ms.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the updates per second a browser gets unless it asks for fewer (<c>/events?hz=N</c>). The default is 10.</summary>
    public int DefaultRateHz { get; set; } = 10;

    /// <summary>Gets or sets the most updates per second a browser may ask for. The default is 30.</summary>
    public int MaxRateHz { get; set; } = 30;

    /// <summary>Returns what is wrong with the options, or <see langword="null"/>.</summary>
    public string? Validate()
    {
        if ((Demo ? 1 : 0) + (Endpoint is null ? 0 : 1) + (Redis is null ? 0 : 1) != 1)
        {
            return "Give one of --demo, --endpoint (CourtView:Endpoint) or --redis (CourtView:Redis).";
        }

        if (Redis is not null && string.IsNullOrEmpty(GameId))
        {
            return "Reading from Redis needs the game's id: --game or CourtView:GameId.";
        }

        if (Endpoint is not null && string.IsNullOrEmpty(Token))
        {
            return "A subscription token is needed: --token, CourtView:Token or SHOTTRACKER_TOKEN.";
        }

        if (Port is < 0 or > 65535 || Speed < 0 || DropEvery is < 1 || ReconnectDelay <= TimeSpan.Zero)
        {
            return "Port must be 0-65535, speed not negative, drop-every at least 1 and the reconnect delay positive.";
        }

        return DefaultRateHz < 1 || MaxRateHz < DefaultRateHz ? "Rates must be at least 1 and MaxRateHz at least DefaultRateHz." : null;
    }
}
