using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using static ShotTracker.LiveData.Internal.DependencyInjection.ConfigurationReader;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// Binds <see cref="LiveDataClientOptions"/> and <see cref="HttpLiveDataTokenProviderOptions"/> from configuration,
/// key by key (no reflection: trim- and AOT-safe). Keys are the option names; see the README's options table.
/// </summary>
internal static class LiveDataConfigurationBinder
{
    private const string TokenKey = "Token";

    private static readonly string[] ClientValueKeys =
    [
        nameof(LiveDataClientOptions.Endpoint), TokenKey, nameof(LiveDataClientOptions.Sources), nameof(LiveDataClientOptions.BroadcastSummaryLevel),
        nameof(LiveDataClientOptions.LastSequence), nameof(LiveDataClientOptions.PingInterval), nameof(LiveDataClientOptions.PongTimeout),
        nameof(LiveDataClientOptions.ConnectTimeout), nameof(LiveDataClientOptions.CloseTimeout), nameof(LiveDataClientOptions.MaxMessageSize),
        nameof(LiveDataClientOptions.EventBufferCapacity), nameof(LiveDataClientOptions.EnableCompression), nameof(LiveDataClientOptions.AllowInsecureTransport),
        nameof(LiveDataClientOptions.UserAgent), nameof(LiveDataClientOptions.EmitGapEvents), nameof(LiveDataClientOptions.FirstConnectionAttempts),
    ];

    private static readonly string[] ClientSectionKeys =
    [
        nameof(LiveDataClientOptions.Sources), nameof(LiveDataClientOptions.AdditionalQueryParameters),
        nameof(LiveDataClientOptions.BackpressurePolicies), nameof(LiveDataClientOptions.Reconnect), nameof(LiveDataClientOptions.RequestHeaders),
    ];

    private static readonly string[] ReconnectKeys =
    [
        nameof(ReconnectOptions.BackoffType), nameof(ReconnectOptions.Delay), nameof(ReconnectOptions.MaxDelay), nameof(ReconnectOptions.UseJitter),
        nameof(ReconnectOptions.MaxRetryAttempts),
    ];

    private static readonly string[] TokenValueKeys =
    [
        nameof(HttpLiveDataTokenProviderOptions.RequestUriTemplate), nameof(HttpLiveDataTokenProviderOptions.Method),
        nameof(HttpLiveDataTokenProviderOptions.TokenPropertyPath), nameof(HttpLiveDataTokenProviderOptions.CacheLifetime),
        nameof(HttpLiveDataTokenProviderOptions.MaxRetryAttempts), nameof(HttpLiveDataTokenProviderOptions.RetryDelay),
        nameof(HttpLiveDataTokenProviderOptions.AttemptTimeout),
    ];

    private static readonly string[] TokenSectionKeys = [nameof(HttpLiveDataTokenProviderOptions.Headers)];

    /// <summary>Binds <paramref name="options"/> (named <paramref name="name"/>) from <paramref name="section"/>.</summary>
    /// <exception cref="OptionsValidationException">A key is not an option, or a value cannot be read; the message names it.</exception>
    public static void Bind(IConfiguration section, LiveDataClientOptions options, string name) =>
        AsValidationFailure<LiveDataClientOptions>(name, () => BindCore(section, options));

    /// <inheritdoc cref="Bind(IConfiguration, LiveDataClientOptions, string)"/>
    public static void Bind(IConfiguration section, HttpLiveDataTokenProviderOptions options, string name) =>
        AsValidationFailure<HttpLiveDataTokenProviderOptions>(name, () => BindCore(section, options));

    private static void AsValidationFailure<TOptions>(string name, Action bind)
    {
        try
        {
            bind();
        }
        catch (ConfigurationValueException ex)
        {
            throw new OptionsValidationException(name, typeof(TOptions), [ex.Message]);
        }
    }

    private static void BindCore(IConfiguration section, LiveDataClientOptions options)
    {
        ConfigurationKeys.Check(section, nameof(LiveDataClientOptions), ClientValueKeys, ClientSectionKeys, allowOtherSections: true);
        String(section, nameof(options.Endpoint), v => options.Endpoint = Uri.TryCreate(v, UriKind.Absolute, out var uri) ? uri : throw Invalid(section, nameof(options.Endpoint), Diagnostics.RedactedUri.Of(v), "absolute URI"));

        // A fixed token (from user secrets or a vault) for apps that follow one game; never echoed in messages.
        if (section[TokenKey] is { Length: > 0 } token)
        {
            options.TokenProvider = LiveDataTokenProvider.FromToken(token);
        }

        foreach (var name in List(section, nameof(options.Sources)))
        {
            options.Sources.Add(ConfiguredSourceName.TryParse(name, out var source) ? source : throw Invalid(section, nameof(options.Sources), name, $"source ({ConfiguredSourceName.Valid})"));
        }

        String(section, nameof(options.BroadcastSummaryLevel), v => options.BroadcastSummaryLevel = v);
        Pairs(section, nameof(options.AdditionalQueryParameters), options.AdditionalQueryParameters);

        Long(section, nameof(options.LastSequence), v => options.LastSequence = v);
        TimeSpanValue(section, nameof(options.PingInterval), v => options.PingInterval = v);
        TimeSpanValue(section, nameof(options.PongTimeout), v => options.PongTimeout = v);
        TimeSpanValue(section, nameof(options.ConnectTimeout), v => options.ConnectTimeout = v);
        TimeSpanValue(section, nameof(options.CloseTimeout), v => options.CloseTimeout = v);
        Int(section, nameof(options.MaxMessageSize), v => options.MaxMessageSize = v);
        Int(section, nameof(options.EventBufferCapacity), v => options.EventBufferCapacity = v);
        foreach (var pair in section.GetSection(nameof(options.BackpressurePolicies)).GetChildren())
        {
            var source = ConfiguredSourceName.TryParse(pair.Key, out var s) ? s : throw Invalid(section, nameof(options.BackpressurePolicies), pair.Key, $"source ({ConfiguredSourceName.Valid})");
            options.BackpressurePolicies[source] = Enum.TryParse<LiveDataBackpressurePolicy>(pair.Value, ignoreCase: true, out var policy) && Enum.IsDefined(typeof(LiveDataBackpressurePolicy), policy)
                ? policy
                : throw Invalid(section, nameof(options.BackpressurePolicies) + ":" + pair.Key, pair.Value ?? string.Empty, "policy (Buffer or KeepLatest)");
        }

        Int(section, nameof(options.FirstConnectionAttempts), v => options.FirstConnectionAttempts = v);
        var reconnect = section.GetSection(nameof(options.Reconnect));
        ConfigurationKeys.Check(reconnect, nameof(ReconnectOptions), ReconnectKeys, [], allowOtherSections: false);
        String(reconnect, nameof(ReconnectOptions.BackoffType), v => options.Reconnect.BackoffType =
            Enum.TryParse<ReconnectBackoffType>(v, ignoreCase: true, out var backoff) && Enum.IsDefined(typeof(ReconnectBackoffType), backoff)
                ? backoff
                : throw Invalid(reconnect, nameof(ReconnectOptions.BackoffType), v, "backoff type (Constant, Linear or Exponential)"));
        TimeSpanValue(reconnect, nameof(ReconnectOptions.Delay), v => options.Reconnect.Delay = v);
        TimeSpanValue(reconnect, nameof(ReconnectOptions.MaxDelay), v => options.Reconnect.MaxDelay = v);
        Bool(reconnect, nameof(ReconnectOptions.UseJitter), v => options.Reconnect.UseJitter = v);
        Int(reconnect, nameof(ReconnectOptions.MaxRetryAttempts), v => options.Reconnect.MaxRetryAttempts = v);
        String(section, nameof(options.UserAgent), v => options.UserAgent = v);
        Pairs(section, nameof(options.RequestHeaders), options.RequestHeaders);

        Bool(section, nameof(options.EnableCompression), v => options.EnableCompression = v);
        Bool(section, nameof(options.AllowInsecureTransport), v => options.AllowInsecureTransport = v);
        Bool(section, nameof(options.EmitGapEvents), v => options.EmitGapEvents = v);
    }

    private static void BindCore(IConfiguration section, HttpLiveDataTokenProviderOptions options)
    {
        ConfigurationKeys.Check(section, nameof(HttpLiveDataTokenProviderOptions), TokenValueKeys, TokenSectionKeys, allowOtherSections: false);
        String(section, nameof(options.RequestUriTemplate), v => options.RequestUriTemplate = v);
        String(section, nameof(options.Method), v => options.Method = new HttpMethod(v.ToUpperInvariant()));
        Pairs(section, nameof(options.Headers), options.Headers);

        String(section, nameof(options.TokenPropertyPath), v => options.TokenPropertyPath = v);
        TimeSpanValue(section, nameof(options.CacheLifetime), v => options.CacheLifetime = v);
        Int(section, nameof(options.MaxRetryAttempts), v => options.MaxRetryAttempts = v);
        TimeSpanValue(section, nameof(options.RetryDelay), v => options.RetryDelay = v);
        TimeSpanValue(section, nameof(options.AttemptTimeout), v => options.AttemptTimeout = v);
    }

    /// <summary>Copies the key-value pairs of the subsection <paramref name="key"/> into <paramref name="target"/> (a value-less key as empty).</summary>
    private static void Pairs(IConfiguration section, string key, IDictionary<string, string> target)
    {
        foreach (var pair in section.GetSection(key).GetChildren())
        {
            target[pair.Key] = pair.Value ?? string.Empty;
        }
    }
}
