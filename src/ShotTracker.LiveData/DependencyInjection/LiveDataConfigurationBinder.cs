using Microsoft.Extensions.Configuration;
using static ShotTracker.LiveData.DependencyInjection.ConfigurationReader;

namespace ShotTracker.LiveData.DependencyInjection;

/// <summary>
/// Binds <see cref="LiveDataClientOptions"/> and <see cref="LiveDataHttpTokenProviderOptions"/> from configuration,
/// key by key (no reflection: trim- and AOT-safe). Keys are the option names; see the README's options table.
/// </summary>
internal static class LiveDataConfigurationBinder
{
    public static void Bind(IConfiguration section, LiveDataClientOptions options)
    {
        String(section, nameof(options.Endpoint), v => options.Endpoint = Uri.TryCreate(v, UriKind.Absolute, out var uri) ? uri : throw Invalid(section, nameof(options.Endpoint), Transport.ConnectionUri.Redact(v), "absolute URI"));

        // A fixed token (from user secrets or a vault) for apps that follow one game; never echoed in messages.
        if (section["Token"] is { Length: > 0 } token)
        {
            options.TokenProvider = LiveDataTokenProvider.FromToken(token);
        }

        foreach (var name in List(section, nameof(options.Sources)))
        {
            options.Sources.Add(LiveDataSourceExtensions.TryParseWireName(name, out var source) ? source : throw Invalid(section, nameof(options.Sources), name, "source (marker, broadcastsummary, boxscorestatsv2, chart, possessions, possessionstats, lineupstats, location, clock)"));
        }

        String(section, nameof(options.BroadcastSummaryLevel), v => options.BroadcastSummaryLevel = v);
        foreach (var pair in section.GetSection(nameof(options.AdditionalQueryParameters)).GetChildren())
        {
            options.AdditionalQueryParameters[pair.Key] = pair.Value ?? string.Empty;
        }

        Long(section, nameof(options.LastSequence), v => options.LastSequence = v);
        TimeSpanValue(section, nameof(options.PingInterval), v => options.PingInterval = v);
        TimeSpanValue(section, nameof(options.PongTimeout), v => options.PongTimeout = v);
        TimeSpanValue(section, nameof(options.ConnectTimeout), v => options.ConnectTimeout = v);
        TimeSpanValue(section, nameof(options.CloseTimeout), v => options.CloseTimeout = v);
        Int(section, nameof(options.MaxMessageSize), v => options.MaxMessageSize = v);
        Int(section, nameof(options.EventBufferCapacity), v => options.EventBufferCapacity = v);
        foreach (var pair in section.GetSection(nameof(options.BackpressurePolicies)).GetChildren())
        {
            var source = LiveDataSourceExtensions.TryParseWireName(pair.Key, out var s) ? s : throw Invalid(section, nameof(options.BackpressurePolicies), pair.Key, "source");
            options.BackpressurePolicies[source] = Enum.TryParse<LiveDataBackpressurePolicy>(pair.Value, ignoreCase: true, out var policy) && Enum.IsDefined(typeof(LiveDataBackpressurePolicy), policy)
                ? policy
                : throw Invalid(section, nameof(options.BackpressurePolicies) + ":" + pair.Key, pair.Value ?? string.Empty, "policy (Buffer or KeepLatest)");
        }

        var reconnect = section.GetSection(nameof(options.Reconnect));
        String(reconnect, nameof(ReconnectOptions.BackoffType), v => options.Reconnect.BackoffType =
            Enum.TryParse<ReconnectBackoffType>(v, ignoreCase: true, out var backoff) && Enum.IsDefined(typeof(ReconnectBackoffType), backoff)
                ? backoff
                : throw Invalid(reconnect, nameof(ReconnectOptions.BackoffType), v, "backoff type (Constant, Linear or Exponential)"));
        TimeSpanValue(reconnect, nameof(ReconnectOptions.Delay), v => options.Reconnect.Delay = v);
        TimeSpanValue(reconnect, nameof(ReconnectOptions.MaxDelay), v => options.Reconnect.MaxDelay = v);
        Bool(reconnect, nameof(ReconnectOptions.UseJitter), v => options.Reconnect.UseJitter = v);
        Int(reconnect, nameof(ReconnectOptions.MaxRetryAttempts), v => options.Reconnect.MaxRetryAttempts = v);
        Bool(section, nameof(options.EnableCompression), v => options.EnableCompression = v);
        Bool(section, nameof(options.AllowInsecureTransport), v => options.AllowInsecureTransport = v);
    }

    public static void Bind(IConfiguration section, LiveDataHttpTokenProviderOptions options)
    {
        String(section, nameof(options.RequestUriTemplate), v => options.RequestUriTemplate = v);
        String(section, nameof(options.Method), v => options.Method = new HttpMethod(v.ToUpperInvariant()));
        foreach (var pair in section.GetSection(nameof(options.Headers)).GetChildren())
        {
            options.Headers[pair.Key] = pair.Value ?? string.Empty;
        }

        String(section, nameof(options.TokenPropertyPath), v => options.TokenPropertyPath = v);
        TimeSpanValue(section, nameof(options.CacheLifetime), v => options.CacheLifetime = v);
        Int(section, nameof(options.MaxRetryAttempts), v => options.MaxRetryAttempts = v);
        TimeSpanValue(section, nameof(options.RetryDelay), v => options.RetryDelay = v);
        TimeSpanValue(section, nameof(options.AttemptTimeout), v => options.AttemptTimeout = v);
    }
}
