using System.Diagnostics;
using System.Globalization;

namespace ShotTracker.LiveData;

/// <summary>A snapshot of a <see cref="LiveDataClient"/>'s counters; see <see cref="LiveDataClient.GetStatistics"/>.</summary>
/// <remarks>Counters run for the lifetime of the client, across streams and reconnects.</remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class LiveDataClientStatistics
{
    /// <summary>Initializes a snapshot; the other counters are set with their <c>init</c> accessors (for test doubles of <see cref="ILiveDataClient"/>).</summary>
    /// <param name="messagesBySource">The data messages received per source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="messagesBySource"/> is <see langword="null"/>.</exception>
    public LiveDataClientStatistics(IReadOnlyDictionary<LiveDataSource, long> messagesBySource)
    {
        MessagesBySource = messagesBySource ?? throw new ArgumentNullException(nameof(messagesBySource));
    }

    /// <summary>Gets the data messages received (duplicates included) per source.</summary>
    public IReadOnlyDictionary<LiveDataSource, long> MessagesBySource { get; }

    /// <summary>Gets the messages received of a type or source this SDK does not know.</summary>
    public long UnknownMessages { get; init; }

    /// <summary>Gets the messages that could not be read (surfaced as <see cref="InvalidLiveDataEvent"/>).</summary>
    public long ParseErrors { get; init; }

    /// <summary>Gets the sequenced messages dropped because their <c>seq</c> was not above the last delivered one.</summary>
    public long DuplicatesDropped { get; init; }

    /// <summary>Gets the keep-latest messages replaced by a newer one before the consumer read them (counted per subscriber).</summary>
    public long MessagesCoalesced { get; init; }

    /// <summary>
    /// Gets the non-sequenced messages dropped for a subscriber whose buffer was full
    /// (<see cref="LiveDataSubscriberFullMode.EndSubscriber"/>), counted per subscriber; the other subscribers got them.
    /// </summary>
    public long MessagesDropped { get; init; }

    /// <summary>Gets the number of connections opened after a lost one (the first connection of a stream is not counted).</summary>
    public long Reconnects { get; init; }

    /// <summary>Gets the failed connection attempts (handshake errors, timeouts, refusals).</summary>
    public long FailedConnectionAttempts { get; init; }

    /// <summary>Gets the keep-alive pings sent.</summary>
    public long PingsSent { get; init; }

    /// <summary>Gets the pongs received.</summary>
    public long PongsReceived { get; init; }

    /// <summary>Gets the connections declared dead because nothing arrived within the pong timeout after a ping.</summary>
    public long KeepAliveTimeouts { get; init; }

    /// <summary>
    /// Gets how many received events are waiting for the consumer right now (with several subscribers, for the one
    /// furthest behind). Bounded by its buffer capacity (<see cref="LiveDataClientOptions.EventBufferCapacity"/>) plus
    /// one per keep-latest source.
    /// </summary>
    public int PendingEvents { get; init; }

    /// <summary>Gets how many subscribers (running <c>StreamAsync</c> enumerations) receive from the connection right now.</summary>
    public int Subscribers { get; init; }

    /// <summary>Gets the last sequence number delivered to the consumer, or <see langword="null"/>.</summary>
    public long? LastSequence { get; init; }

    /// <summary>Returns every count, for logs and the debugger, for example <c>LiveDataClientStatistics { MessagesBySource = { chart = 3 }, Reconnects = 1, … }</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var bySource = string.Join(", ", MessagesBySource.OrderBy(p => p.Key).Select(p => $"{p.Key.ToWireName()} = {p.Value.ToString(CultureInfo.InvariantCulture)}"));
        return $"LiveDataClientStatistics {{ MessagesBySource = {{ {bySource} }}, UnknownMessages = {N(UnknownMessages)}, ParseErrors = {N(ParseErrors)}, "
            + $"DuplicatesDropped = {N(DuplicatesDropped)}, MessagesCoalesced = {N(MessagesCoalesced)}, MessagesDropped = {N(MessagesDropped)}, Reconnects = {N(Reconnects)}, "
            + $"FailedConnectionAttempts = {N(FailedConnectionAttempts)}, PingsSent = {N(PingsSent)}, PongsReceived = {N(PongsReceived)}, "
            + $"KeepAliveTimeouts = {N(KeepAliveTimeouts)}, PendingEvents = {N(PendingEvents)}, Subscribers = {N(Subscribers)}, LastSequence = {(LastSequence is { } seq ? N(seq) : "none")} }}";

        static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }

    // What a debugger shows for the statistics: short, and never every counter.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{MessagesBySource.Values.Sum()} messages, {ParseErrors} parse errors, {DuplicatesDropped} duplicates, {Reconnects} reconnects, last seq {LastSequence}");
}
