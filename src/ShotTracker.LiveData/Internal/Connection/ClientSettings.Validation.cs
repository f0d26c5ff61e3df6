using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData.Internal.Connection;

/// <content>Validation of <see cref="LiveDataClientOptions"/>, shared with the dependency injection validator.</content>
internal sealed partial class ClientSettings
{
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

        foreach (var header in options.RequestHeaders)
        {
            if (string.IsNullOrWhiteSpace(header.Key) || header.Value is null)
            {
                throw Invalid(nameof(options.RequestHeaders), "must have non-empty names and non-null values.");
            }
        }

        if (options.UserAgent is { Length: 0 })
        {
            throw Invalid(nameof(options.UserAgent), "must be null (none sent) or not empty.");
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

        if (DeliverySettings.FindProblem(options.Sources, options.EventBufferCapacity, options.BackpressurePolicies) is { } delivery)
        {
            throw Invalid(delivery.Option, delivery.Problem);
        }

        if (options.FirstConnectionAttempts < 1)
        {
            throw Invalid(nameof(options.FirstConnectionAttempts), $"must be null (no limit) or at least 1, but is {options.FirstConnectionAttempts}.");
        }

        _ = options.TimeProvider ?? throw Invalid(nameof(options.TimeProvider), "is required.");
        if (options.ReconnectPipeline is null || options.Reconnect is not null)
        {
            ValidateReconnect(options.Reconnect ?? throw Invalid(nameof(options.Reconnect), "is required unless ReconnectPipeline is set."));
        }
    }

    private static void ValidateReconnect(ReconnectOptions reconnect)
    {
        RequirePositive(reconnect.Delay, "Reconnect.Delay");
        if (!Enum.IsDefined(typeof(ReconnectBackoffType), reconnect.BackoffType))
        {
            throw Invalid("Reconnect.BackoffType", $"must be Constant, Linear or Exponential, but is {(int)reconnect.BackoffType}.");
        }

        if (reconnect.MaxDelay < reconnect.Delay)
        {
            throw Invalid("Reconnect.MaxDelay", $"must not be less than Reconnect.Delay ({reconnect.Delay}), but is {reconnect.MaxDelay}.");
        }

        if (reconnect.MaxDelay > TimeSpan.FromDays(1))
        {
            throw Invalid("Reconnect.MaxDelay", "must be at most one day.");
        }

        if (reconnect.MaxRetryAttempts < 0)
        {
            throw Invalid("Reconnect.MaxRetryAttempts", $"must be null (unlimited) or not negative, but is {reconnect.MaxRetryAttempts}.");
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
