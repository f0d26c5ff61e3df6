using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Internal.Diagnostics;

/// <summary>
/// The SDK's instruments on a <see cref="Meter"/> named <see cref="LiveDataDiagnostics.MeterName"/>: one set per meter,
/// shared by every client that uses it. Tags are cached per source and reason, so recording allocates nothing.
/// </summary>
internal sealed class LiveDataMetrics
{
    // Counters of countable things are plural with the thing as their unit ({message}); the UpDownCounter is
    // singular ({entity}.active, as cicd.pipeline.run.active in the OpenTelemetry naming conventions).
    public const string MessagesName = "shottracker.livedata.messages";
    public const string MessageSizeName = "shottracker.livedata.message.size";
    public const string MessageLagName = "shottracker.livedata.message.lag";
    public const string ReconnectsName = "shottracker.livedata.reconnects";
    public const string ConnectFailuresName = "shottracker.livedata.connect.failures";
    public const string DuplicatesDroppedName = "shottracker.livedata.duplicates_dropped";
    public const string ParseErrorsName = "shottracker.livedata.parse_errors";
    public const string ConnectionActiveName = "shottracker.livedata.connection.active";

    private const string UnknownSource = "unknown";
    private static readonly ConditionalWeakTable<Meter, LiveDataMetrics> ByMeter = new();
    private static readonly Lazy<LiveDataMetrics> SharedInstance = new(() => new LiveDataMetrics(new Meter(LiveDataDiagnostics.MeterName, Version)));
    private static readonly KeyValuePair<string, object?>[] SourceTags = CreateSourceTags();
    private static readonly KeyValuePair<string, object?>[] ReasonTags = CreateReasonTags();

    private readonly Counter<long> _messages;
    private readonly Histogram<long> _messageSize;
    private readonly Histogram<double> _lag;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _connectFailures;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _parseErrors;
    private readonly UpDownCounter<long> _activeConnections;

    private LiveDataMetrics(Meter meter)
    {
        _messages = meter.CreateCounter<long>(MessagesName, "{message}", "Data messages received, by source (re-sent duplicates included).");
        _messageSize = meter.CreateHistogram<long>(MessageSizeName, "By", "Size of each received data message, by source.");
        _lag = meter.CreateHistogram<double>(MessageLagName, "s", "Receipt time minus the payload's own timestamp, by source; negative when the clocks disagree.");
        _reconnects = meter.CreateCounter<long>(ReconnectsName, "{reconnect}", "Connections re-established after one ended, by the reason it ended.");
        _connectFailures = meter.CreateCounter<long>(ConnectFailuresName, "{attempt}", "Failed connection attempts, by reason.");
        _duplicates = meter.CreateCounter<long>(DuplicatesDroppedName, "{message}", "Sequenced messages dropped because they were already delivered.");
        _parseErrors = meter.CreateCounter<long>(ParseErrorsName, "{message}", "Messages that could not be read (surfaced as InvalidLiveDataEvent).");
        _activeConnections = meter.CreateUpDownCounter<long>(ConnectionActiveName, "{connection}", "Open WebSocket connections.");
    }

    /// <summary>Gets the instruments on the static meter used when no <see cref="IMeterFactory"/> is given.</summary>
    public static LiveDataMetrics Shared => SharedInstance.Value;

    /// <summary>Gets whether anyone listens to the lag histogram (computing the lag is skipped otherwise).</summary>
    public bool LagEnabled => _lag.Enabled;

    private static string? Version => typeof(LiveDataMetrics).Assembly.GetName().Version?.ToString();

    /// <summary>Returns the instruments on the factory's meter (created once per meter), or <see cref="Shared"/>.</summary>
    public static LiveDataMetrics Create(IMeterFactory? meterFactory)
    {
        if (meterFactory is null)
        {
            return Shared;
        }

        var meter = meterFactory.Create(new MeterOptions(LiveDataDiagnostics.MeterName) { Version = Version });
        return ByMeter.GetValue(meter, static m => new LiveDataMetrics(m));
    }

    public void Message(LiveDataSource? source, int size)
    {
        var tag = SourceTag(source);
        _messages.Add(1, tag);
        _messageSize.Record(size, tag);
    }

    public void Lag(LiveDataSource source, TimeSpan lag) => _lag.Record(lag.TotalSeconds, SourceTag(source));

    public void Reconnect(LiveDataDisconnectReason reason) => _reconnects.Add(1, ReasonTag(reason));

    public void ConnectFailure(LiveDataDisconnectReason reason) => _connectFailures.Add(1, ReasonTag(reason));

    public void Duplicate() => _duplicates.Add(1);

    public void ParseError() => _parseErrors.Add(1);

    public void ConnectionOpened() => _activeConnections.Add(1);

    public void ConnectionClosed() => _activeConnections.Add(-1);

    private static KeyValuePair<string, object?> SourceTag(LiveDataSource? source) =>
        source is { } s && (int)s > 0 && (int)s < SourceTags.Length ? SourceTags[(int)s] : SourceTags[0];

    private static KeyValuePair<string, object?> ReasonTag(LiveDataDisconnectReason reason) =>
        (int)reason >= 0 && (int)reason < ReasonTags.Length ? ReasonTags[(int)reason] : new(LiveDataTelemetryNames.Reason, LiveDataTelemetryNames.ReasonValue(reason));

    private static KeyValuePair<string, object?>[] CreateSourceTags()
    {
        var tags = new KeyValuePair<string, object?>[LiveDataSourceExtensions.All.Max(s => (int)s) + 1];
        tags[0] = new(LiveDataTelemetryNames.Source, UnknownSource);
        foreach (var source in LiveDataSourceExtensions.All)
        {
            tags[(int)source] = new(LiveDataTelemetryNames.Source, source.ToWireName());
        }

        return tags;
    }

    private static KeyValuePair<string, object?>[] CreateReasonTags()
    {
        return Enumerable.Range(0, LiveDataTelemetryNames.ReasonValueCount)
            .Select(r => new KeyValuePair<string, object?>(LiveDataTelemetryNames.Reason, LiveDataTelemetryNames.ReasonValue((LiveDataDisconnectReason)r)))
            .ToArray();
    }
}
