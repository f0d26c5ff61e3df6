using System.Diagnostics.Metrics;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>Listens to every instrument of the SDK's meter and sums what it records, as an exporter would.</summary>
internal static class SdkMetricsListener
{
    public static MeterListener Start()
    {
        double sum = 0;
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LiveDataDiagnostics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => sum += value);
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => sum += value);
        listener.Start();
        return listener;
    }
}
