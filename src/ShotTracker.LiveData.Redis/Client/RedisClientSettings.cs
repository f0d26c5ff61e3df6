using ShotTracker.LiveData.Internal.Connection;
using ShotTracker.LiveData.Redis.Reading;
using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Client;

/// <summary>A validated copy of <see cref="RedisLiveDataClientOptions"/>: the game's keys, how to read, and how to deliver.</summary>
internal sealed class RedisClientSettings
{
    private RedisClientSettings(RedisLiveDataClientOptions options, RedisGameKeys keys, DeliverySettings delivery)
    {
        Configuration = options.Configuration;
        Connection = options.Connection;
        Keys = keys;
        Delivery = delivery;
        LastSequence = options.LastSequence;
        Reader = ReaderSettings.Default with
        {
            RetryDelay = options.RetryDelay,
            MaxRetryDelay = options.MaxRetryDelay,
            TimeProvider = options.TimeProvider,
            Streams = new StreamSelection(options.Sources),
        };
    }

    public string? Configuration { get; }

    public StackExchange.Redis.IConnectionMultiplexer? Connection { get; }

    public RedisGameKeys Keys { get; }

    public DeliverySettings Delivery { get; }

    public long? LastSequence { get; }

    public ReaderSettings Reader { get; }

    /// <summary>Validates <paramref name="options"/> and copies them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public static RedisClientSettings Create(RedisLiveDataClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Connection is null && string.IsNullOrWhiteSpace(options.Configuration))
        {
            throw Invalid(nameof(options.Configuration), "(or Connection) is required.");
        }

        if (string.IsNullOrEmpty(options.KeyPrefix))
        {
            throw Invalid(nameof(options.KeyPrefix), "must not be empty.");
        }

        if (string.IsNullOrEmpty(options.GameId) || options.GameId.IndexOfAny(['{', '}']) >= 0)
        {
            throw Invalid(nameof(options.GameId), "is required and must not contain '{' or '}'.");
        }

        if (options.LastSequence < 0)
        {
            throw Invalid(nameof(options.LastSequence), $"must not be negative, but is {options.LastSequence}.");
        }

        if (DeliverySettings.FindProblem(options.Sources, options.EventBufferCapacity, options.BackpressurePolicies) is { } delivery)
        {
            throw Invalid(delivery.Option, delivery.Problem);
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            throw Invalid(nameof(options.RetryDelay), "must be positive and at most MaxRetryDelay.");
        }

        if (options.TimeProvider is null)
        {
            throw Invalid(nameof(options.TimeProvider), "is required.");
        }

        return new RedisClientSettings(
            options,
            RedisGameKeys.For(options.KeyPrefix, options.GameId),
            DeliverySettings.Create(options.BackpressurePolicies, options.EventBufferCapacity, options.EmitGapEvents, options.Sources, options.Recorder, options.TimeProvider));
    }

    private static ArgumentException Invalid(string option, string problem) =>
        new($"RedisLiveDataClientOptions.{option} {problem}", "options");
}
