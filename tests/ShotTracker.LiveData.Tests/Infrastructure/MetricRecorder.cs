using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// An <see cref="IMeterFactory"/> of its own plus a <see cref="MeterListener"/> that records only the measurements of
/// meters this factory created, so tests running in parallel do not see each other's clients.
/// </summary>
internal sealed class MetricRecorder : IMeterFactory
{
    private readonly ConcurrentQueue<Meter> _meters = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly MeterListener _listener = new();

    public MetricRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, this))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> Measurements => _measurements.ToArray();

    public IReadOnlyList<Meter> Meters => _meters.ToArray();

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
        _meters.Enqueue(meter);
        return meter;
    }

    /// <summary>Returns the measurements of one instrument, optionally only those with a tag of the given value.</summary>
    public IReadOnlyList<Measurement> Of(string instrument, string? tag = null, string? value = null) =>
        Measurements.Where(m => m.Instrument == instrument && (tag is null || Equals(m.Tags.GetValueOrDefault(tag), value))).ToArray();

    /// <summary>Sums the values of one instrument, optionally only those with a tag of the given value.</summary>
    public double Sum(string instrument, string? tag = null, string? value = null) => Of(instrument, tag, value).Sum(m => m.Value);

    public void Dispose()
    {
        _listener.Dispose();
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, copy));
    }

    internal sealed record Measurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags);
}
