using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Reading;

/// <summary>
/// Which of a game's streams a <see cref="RedisGameReader"/> reads for the sources its client delivers, and which
/// entries of the <c>seq</c> stream it yields: a client that wants no location never reads the location stream (at
/// 25 Hz most of a game's bytes), and one that wants no sequenced source never reads the <c>seq</c> stream.
/// </summary>
/// <remarks>
/// The <c>other</c> stream (unknown and unreadable messages, which a service sends whatever the subscription) is always
/// read. The <c>seq</c> stream holds every sequenced source in one order, so when it is read only the entries of the
/// wanted sources are yielded; the end-of-game marker, and entries that are not the relay's or name no known source,
/// are always yielded (the client turns them into the end, an unreadable or an unknown message).
/// </remarks>
internal sealed class StreamSelection
{
    private readonly HashSet<LiveDataSource>? _wanted;

    /// <summary>Initializes the selection of <paramref name="sources"/>.</summary>
    /// <param name="sources">The wanted sources; empty means every source, as <see cref="LiveDataClientOptions.Sources"/>.</param>
    public StreamSelection(IEnumerable<LiveDataSource> sources)
    {
        var wanted = sources.ToHashSet();
        _wanted = wanted.Count == 0 ? null : wanted;
        ReadsSequenced = _wanted is null || _wanted.Any(s => s.IsSequenced());
        StreamNames =
        [
            .. ReadsSequenced ? [RedisGameReader.SequencedStreamName] : Array.Empty<string>(),
            .. RedisGameKeys.LatestStreamNames.Where(IsWanted),
            RedisGameKeys.OtherStreamName,
        ];
    }

    /// <summary>Gets the selection of every stream and entry.</summary>
    public static StreamSelection All { get; } = new([]);

    /// <summary>Gets whether the <c>seq</c> stream is read (some sequenced source is wanted).</summary>
    public bool ReadsSequenced { get; }

    /// <summary>Gets the streams to read: <c>seq</c> first when it is read, then the wanted non-sequenced ones, <c>other</c> last.</summary>
    public IReadOnlyList<string> StreamNames { get; }

    /// <summary>Whether to yield <paramref name="entry"/>: any but a relay's <c>seq</c> entry of a known source not wanted.</summary>
    /// <param name="entry">An entry of one of <see cref="StreamNames"/>.</param>
    public bool Yields(RedisStreamEntry entry) =>
        _wanted is null
        || entry.Stream != RedisGameReader.SequencedStreamName
        || entry.IsEnd
        || !entry.IsRelayEntry
        || IsWanted(RelayEnvelope.Read(entry.Message.Span).Source);

    private bool IsWanted(string? wireName) =>
        _wanted is null || !LiveDataSourceExtensions.TryParseWireName(wireName, out var source) || _wanted.Contains(source);
}
