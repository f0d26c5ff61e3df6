using System.Text;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// One browser's Server-Sent Events stream: waits for a new frame in its slot, writes only what changed since it last
/// wrote, and writes at most once per <c>minInterval</c>. While it waits for the interval or for a slow socket, newer
/// frames replace older ones in the slot, so it always writes the latest and never builds a backlog.
/// </summary>
internal sealed class RelayConnection(Stream body, LatestValueSlot<RelayFrame> slot, TimeSpan minInterval, TimeProvider timeProvider)
{
    private static readonly byte[] GameEvent = "event: game\ndata: "u8.ToArray();
    private static readonly byte[] TickEvent = "event: tick\ndata: "u8.ToArray();
    private static readonly byte[] ShotsEvent = "event: shots\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();

    private long _gameVersion;
    private long _tickVersion;
    private long _shotGeneration = -1;
    private int _shotCount;

    /// <summary>Gets how many times the connection wrote (one write carries every event that changed).</summary>
    public int Writes { get; private set; }

    /// <summary>Streams until the slot completes or <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Tell EventSource to retry after a second if the app goes away.
        await body.WriteAsync("retry: 1000\n\n"u8.ToArray(), cancellationToken);
        await body.FlushAsync(cancellationToken);
        long? lastWrite = null;
        while (await slot.TakeAsync(cancellationToken) is { } frame)
        {
            if (lastWrite is { } last && timeProvider.GetElapsedTime(last) is var elapsed && elapsed < minInterval)
            {
                await Task.Delay(minInterval - elapsed, timeProvider, cancellationToken);
                // Whatever arrived meanwhile replaces the frame taken before the wait.
                if (slot.TryTake(out var newer))
                {
                    frame = newer;
                }
            }

            lastWrite = timeProvider.GetTimestamp();
            await WriteAsync(frame, cancellationToken);
        }
    }

    private async Task WriteAsync(RelayFrame frame, CancellationToken cancellationToken)
    {
        if (frame.GameVersion != _gameVersion)
        {
            _gameVersion = frame.GameVersion;
            await WriteEventAsync(GameEvent, frame.Game, cancellationToken);
        }

        var shots = frame.Shots;
        if (shots.Generation != _shotGeneration || shots.Shots.Length != _shotCount)
        {
            var from = shots.Generation == _shotGeneration ? _shotCount : 0;
            _shotGeneration = shots.Generation;
            _shotCount = shots.Shots.Length;
            await WriteEventAsync(ShotsEvent, Shots(from, shots), cancellationToken);
        }

        if (frame.TickVersion != _tickVersion)
        {
            _tickVersion = frame.TickVersion;
            await WriteEventAsync(TickEvent, frame.Tick, cancellationToken);
        }

        await body.FlushAsync(cancellationToken);
        Writes++;
    }

    private async Task WriteEventAsync(byte[] header, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        await body.WriteAsync(header, cancellationToken);
        await body.WriteAsync(json, cancellationToken);
        await body.WriteAsync(EventEnd, cancellationToken);
    }

    private static byte[] Shots(int from, ShotChart chart)
    {
        var text = new StringBuilder().Append("{\"from\":").Append(from).Append(",\"shots\":[");
        for (var i = from; i < chart.Shots.Length; i++)
        {
            text.Append(i > from ? "," : string.Empty).Append(Encoding.UTF8.GetString(chart.Shots[i].Span));
        }

        return Encoding.UTF8.GetBytes(text.Append("]}").ToString());
    }
}
