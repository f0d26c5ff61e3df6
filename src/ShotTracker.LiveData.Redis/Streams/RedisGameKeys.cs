using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>
/// The Redis keys of one game: one stream of every sequenced message, one capped stream per non-sequenced source, one
/// for the rest, and beside each non-sequenced stream the sorted set of recently written frames' hashes.
/// </summary>
/// <remarks>
/// Every key holds the game id in a hash tag (<c>{gameId}</c>), so a game's keys live in one cluster slot and the
/// script that writes a non-sequenced frame may touch the stream and its hash set together.
/// </remarks>
internal sealed record RedisGameKeys
{
    /// <summary>The non-sequenced streams, by the wire name of their source, in the order a late joiner is given them.</summary>
    public static IReadOnlyList<string> LatestStreamNames { get; } = ["broadcastsummary", "clock", "location"];

    /// <summary>The stream of messages with no known non-sequenced source and no <c>seq</c> (unknown types, unreadable frames).</summary>
    public const string OtherStreamName = "other";

    private RedisGameKeys(string prefix, string gameId)
    {
        GameId = gameId;
        Prefix = $"{prefix}:{{{gameId}}}";
        Sequenced = $"{Prefix}:seq";
    }

    /// <summary>Gets the game id.</summary>
    public string GameId { get; }

    /// <summary>Gets <c>{prefix}:{{gameId}}</c>, which every key of the game starts with.</summary>
    public string Prefix { get; }

    /// <summary>Gets the stream of the sequenced messages: <c>{prefix}:{{gameId}}:seq</c>, entry id <c>{seq}-1</c>.</summary>
    public RedisKey Sequenced { get; }

    /// <summary>Creates the keys of <paramref name="gameId"/> under <paramref name="prefix"/>.</summary>
    /// <exception cref="ArgumentException">The game id is empty or holds a brace (it would break the hash tag).</exception>
    public static RedisGameKeys For(string prefix, string gameId)
    {
        if (string.IsNullOrEmpty(gameId) || gameId.IndexOfAny(['{', '}']) >= 0)
        {
            throw new ArgumentException("The game id must not be empty nor contain '{' or '}'.", nameof(gameId));
        }

        return new RedisGameKeys(prefix, gameId);
    }

    /// <summary>Gets the capped stream of a non-sequenced source (or <see cref="OtherStreamName"/>): <c>{prefix}:{{gameId}}:{name}</c>.</summary>
    public RedisKey Latest(string streamName) => $"{Prefix}:{streamName}";

    /// <summary>Gets the sorted set of recent frame hashes beside <see cref="Latest"/>: <c>{prefix}:{{gameId}}:{name}:seen</c>.</summary>
    public RedisKey Seen(string streamName) => $"{Prefix}:{streamName}:seen";

    /// <summary>Gets the stream a non-sequenced message of <paramref name="source"/> (a wire name, or none) goes to.</summary>
    public static string LatestStreamFor(string? source) =>
        source is not null && LatestStreamNames.Contains(source, StringComparer.Ordinal) ? source : OtherStreamName;
}
