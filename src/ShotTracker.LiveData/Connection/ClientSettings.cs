using Polly;

namespace ShotTracker.LiveData.Connection;

/// <summary>A validated, immutable copy of <see cref="LiveDataClientOptions"/>.</summary>
internal sealed class ClientSettings
{
    private static readonly string[] ReservedParameters = ["token", "source", "broadcast_summary_level", "last_seq"];

    private ClientSettings(LiveDataClientOptions options, ILiveDataTokenProvider tokenProvider)
    {
        Endpoint = options.Endpoint!;
        TokenProvider = tokenProvider;
        Sources = LiveDataSourceExtensions.All.Where(options.Sources.Contains).ToArray();
        BroadcastSummaryLevel = options.BroadcastSummaryLevel;
        AdditionalQueryParameters = options.AdditionalQueryParameters.ToArray();
        LastSequence = options.LastSequence;
        PingInterval = options.PingInterval;
        PongTimeout = options.PongTimeout;
        ConnectTimeout = options.ConnectTimeout;
        CloseTimeout = options.CloseTimeout;
        MaxMessageSize = options.MaxMessageSize;
        EventBufferCapacity = options.EventBufferCapacity;
        var keepLatest = new bool[16];
        foreach (var pair in options.BackpressurePolicies)
        {
            keepLatest[(int)pair.Key] = pair.Value == LiveDataBackpressurePolicy.KeepLatest;
        }

        KeepLatest = keepLatest;

        EnableCompression = options.EnableCompression;
        Recorder = options.Recorder;
        TimeProvider = options.TimeProvider;
        ReconnectPipeline = options.ReconnectPipeline ?? ReconnectPipelineFactory.Create(options.Reconnect, options.TimeProvider);
        StableConnectionTime = (options.Reconnect ?? new ReconnectOptions()).MaxDelay;
    }

    public Uri Endpoint { get; }

    public ILiveDataTokenProvider TokenProvider { get; }

    public IReadOnlyList<LiveDataSource> Sources { get; }

    public string? BroadcastSummaryLevel { get; }

    public IReadOnlyList<KeyValuePair<string, string>> AdditionalQueryParameters { get; }

    public long? LastSequence { get; }

    public TimeSpan PingInterval { get; }

    public TimeSpan PongTimeout { get; }

    public TimeSpan ConnectTimeout { get; }

    public TimeSpan CloseTimeout { get; }

    public int MaxMessageSize { get; }

    public int EventBufferCapacity { get; }

    /// <summary>Gets, indexed by <see cref="LiveDataSource"/> value, whether the source keeps only its latest message.</summary>
    public IReadOnlyList<bool> KeepLatest { get; }

    public bool EnableCompression { get; }

    public ILiveDataMessageRecorder? Recorder { get; }

    public TimeProvider TimeProvider { get; }

    public ResiliencePipeline ReconnectPipeline { get; }

    /// <summary>
    /// Gets how long a connection must have stayed open to count as progress although it delivered nothing new (a
    /// quiet feed): reconnecting at once after it is no faster than the slowest backoff, so it cannot storm.
    /// </summary>
    public TimeSpan StableConnectionTime { get; }

    /// <summary>Validates and copies <paramref name="options"/>; <paramref name="tokenProvider"/>, when given, replaces its token provider.</summary>
    public static ClientSettings Create(LiveDataClientOptions options, ILiveDataTokenProvider? tokenProvider = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        Validate(options, requireTokenProvider: tokenProvider is null);
        return new ClientSettings(options, tokenProvider ?? options.TokenProvider!);
    }

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming the first invalid option. Also used by the options validator of
    /// the dependency injection integration, so both report the same messages.
    /// </summary>
    public static void Validate(LiveDataClientOptions options, bool requireTokenProvider)
    {
        var endpoint = options.Endpoint ?? throw Invalid(nameof(options.Endpoint), "is required.");
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != "wss" && endpoint.Scheme != "ws"))
        {
            throw Invalid(nameof(options.Endpoint), $"must be an absolute ws:// or wss:// URI, but the scheme is '{(endpoint.IsAbsoluteUri ? endpoint.Scheme : "(relative)")}'.");
        }

        if (endpoint.Scheme == "ws" && !options.AllowInsecureTransport)
        {
            throw Invalid(nameof(options.Endpoint), "uses ws://, which sends the token unencrypted. Use wss://, or set AllowInsecureTransport for loopback tests.");
        }

        if (!string.IsNullOrEmpty(endpoint.Fragment))
        {
            throw Invalid(nameof(options.Endpoint), "must not have a fragment.");
        }

        foreach (var name in ReservedParameters)
        {
            if (QueryHasParameter(endpoint.Query, name))
            {
                throw Invalid(nameof(options.Endpoint), $"must not contain the '{name}' query parameter; the client adds it.");
            }
        }

        if (requireTokenProvider && options.TokenProvider is null)
        {
            throw Invalid(nameof(options.TokenProvider), "is required; use LiveDataTokenProvider.FromToken or FromDelegate.");
        }

        if (options.Sources.Any(s => !Enum.IsDefined(typeof(LiveDataSource), s)))
        {
            throw Invalid(nameof(options.Sources), "contains a value that is not a LiveDataSource.");
        }

        if (options.BroadcastSummaryLevel is { Length: 0 })
        {
            throw Invalid(nameof(options.BroadcastSummaryLevel), "must be null or not empty.");
        }

        foreach (var pair in options.AdditionalQueryParameters)
        {
            if (string.IsNullOrEmpty(pair.Key) || pair.Value is null)
            {
                throw Invalid(nameof(options.AdditionalQueryParameters), "must have non-empty names and non-null values.");
            }

            if (ReservedParameters.Contains(pair.Key, StringComparer.OrdinalIgnoreCase))
            {
                throw Invalid(nameof(options.AdditionalQueryParameters), $"must not contain the reserved parameter '{pair.Key}'; use the dedicated option.");
            }
        }

        if (options.LastSequence < 0)
        {
            throw Invalid(nameof(options.LastSequence), "must not be negative.");
        }

        if (options.PingInterval <= TimeSpan.Zero || options.PingInterval > TimeSpan.FromSeconds(30))
        {
            throw Invalid(nameof(options.PingInterval), $"must be positive and at most 30 seconds (the service closes connections without a ping for 30 s), but is {options.PingInterval}.");
        }

        RequirePositive(options.PongTimeout, nameof(options.PongTimeout));
        RequirePositive(options.ConnectTimeout, nameof(options.ConnectTimeout));
        RequirePositive(options.CloseTimeout, nameof(options.CloseTimeout));
        if (options.MaxMessageSize < 1024)
        {
            throw Invalid(nameof(options.MaxMessageSize), $"must be at least 1024 bytes, but is {options.MaxMessageSize}.");
        }

        if (options.EventBufferCapacity <= 0)
        {
            throw Invalid(nameof(options.EventBufferCapacity), $"must be positive, but is {options.EventBufferCapacity}.");
        }

        foreach (var pair in options.BackpressurePolicies)
        {
            if (!Enum.IsDefined(typeof(LiveDataSource), pair.Key) || !Enum.IsDefined(typeof(LiveDataBackpressurePolicy), pair.Value))
            {
                throw Invalid(nameof(options.BackpressurePolicies), "contains an undefined source or policy.");
            }

            if (pair.Value == LiveDataBackpressurePolicy.KeepLatest && pair.Key.IsSequenced())
            {
                throw Invalid(nameof(options.BackpressurePolicies), $"sets KeepLatest for '{pair.Key.ToWireName()}', a sequenced source; sequenced messages are never dropped.");
            }
        }

        _ = options.TimeProvider ?? throw Invalid(nameof(options.TimeProvider), "is required.");
        if (options.ReconnectPipeline is null || options.Reconnect is not null)
        {
            ValidateReconnect(options.Reconnect ?? throw Invalid(nameof(options.Reconnect), "is required unless ReconnectPipeline is set."));
        }
    }

    private static void ValidateReconnect(ReconnectOptions reconnect)
    {
        RequirePositive(reconnect.BaseDelay, "Reconnect.BaseDelay");
        if (reconnect.MaxDelay < reconnect.BaseDelay)
        {
            throw Invalid("Reconnect.MaxDelay", $"must not be less than Reconnect.BaseDelay ({reconnect.BaseDelay}), but is {reconnect.MaxDelay}.");
        }

        if (reconnect.MaxDelay > TimeSpan.FromDays(1))
        {
            throw Invalid("Reconnect.MaxDelay", "must be at most one day.");
        }

        if (reconnect.MaxAttempts < 0)
        {
            throw Invalid("Reconnect.MaxAttempts", $"must be null (unlimited) or not negative, but is {reconnect.MaxAttempts}.");
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw Invalid(name, $"must be positive, but is {value}.");
        }
    }

    private static bool QueryHasParameter(string query, string name) =>
        query.TrimStart('?').Split('&').Any(p => string.Equals(p.Split('=')[0], name, StringComparison.OrdinalIgnoreCase));

    private static ArgumentException Invalid(string option, string problem) =>
        new($"LiveDataClientOptions.{option} {problem}", "options");
}
