namespace ShotTracker.LiveData;

/// <summary>
/// The names under which the SDK publishes metrics (<see cref="System.Diagnostics.Metrics.Meter"/>) and traces
/// (<see cref="System.Diagnostics.ActivitySource"/>), for OpenTelemetry's <c>AddMeter</c> and <c>AddSource</c>.
/// </summary>
/// <remarks>
/// Instruments: <c>shottracker.livedata.messages</c>, <c>shottracker.livedata.message.size</c>,
/// <c>shottracker.livedata.message.lag</c>, <c>shottracker.livedata.reconnects</c>,
/// <c>shottracker.livedata.connect.failures</c>, <c>shottracker.livedata.duplicates_dropped</c>,
/// <c>shottracker.livedata.parse_errors</c>, <c>shottracker.livedata.connection.active</c>. Activities:
/// <c>shottracker.livedata.connect</c>, <c>shottracker.livedata.reconnect</c>, <c>shottracker.livedata.token</c>.
/// Attributes are namespaced: <c>shottracker.livedata.source</c>, <c>shottracker.livedata.reason</c>…
/// None of them carries the subscription token. The README's Observability section lists units and tags.
/// </remarks>
public static class LiveDataDiagnostics
{
    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>ShotTracker.LiveData</c>.</summary>
    public const string MeterName = "ShotTracker.LiveData";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: <c>ShotTracker.LiveData</c>.</summary>
    public const string ActivitySourceName = "ShotTracker.LiveData";
}
