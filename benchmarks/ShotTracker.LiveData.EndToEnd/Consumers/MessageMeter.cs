using System.Diagnostics;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// What one consumer saw, over a steady-state window: from the message after the warm-up (the connection, JIT tiers
/// and buffers have settled) to the last one, before the close handshake. Allocations are process-wide, so the
/// receive loop's and the socket's count as well as the consumer's; the server lives in another process.
/// </summary>
internal sealed class MessageMeter
{
    private readonly int _warmup;
    private readonly long[]? _latencies;
    private long _start;
    private long _end;
    private long _allocatedAtStart;
    private long _allocatedAtEnd;
    private int _gen0AtStart;
    private int _gen0AtEnd;
    private int _latencyCount;

    public MessageMeter(int expected, int warmup, bool recordLatency)
    {
        Expected = expected;
        _warmup = Math.Clamp(warmup, 0, expected - 2);
        _latencies = recordLatency ? new long[expected] : null;
    }

    /// <summary>Gets the number of messages the server sends.</summary>
    public int Expected { get; }

    /// <summary>Gets the number of messages received so far.</summary>
    public int Received { get; private set; }

    /// <summary>Gets whether every message has been received.</summary>
    public bool IsComplete => Received >= Expected;

    /// <summary>Counts one message that reached the consumer's code; <paramref name="stamp"/> is its send stamp.</summary>
    public void OnMessage(long stamp)
    {
        var now = Stopwatch.GetTimestamp();
        if (Received == _warmup)
        {
            _start = now;
            _gen0AtStart = GC.CollectionCount(0);
            _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
        }
        else if (Received > _warmup && _latencies is not null && stamp != 0)
        {
            _latencies[_latencyCount++] = now - stamp;
        }

        Received++;
        if (Received == Expected)
        {
            _end = Stopwatch.GetTimestamp();
            _gen0AtEnd = GC.CollectionCount(0);
            _allocatedAtEnd = GC.GetTotalAllocatedBytes(precise: true);
        }
    }

    /// <summary>Returns the figures of a complete run.</summary>
    public ConsumerResult ToResult(string consumer)
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException($"{consumer} received {Received} of {Expected} messages.");
        }

        var messages = Expected - 1 - _warmup;
        var seconds = Stopwatch.GetElapsedTime(_start, _end).TotalSeconds;
        double? p50 = null, p99 = null;
        if (_latencies is not null && _latencyCount > 0)
        {
            var sorted = _latencies.AsSpan(0, _latencyCount);
            sorted.Sort();
            p50 = Microseconds(sorted[(int)(0.50 * (sorted.Length - 1))]);
            p99 = Microseconds(sorted[(int)(0.99 * (sorted.Length - 1))]);
        }

        return new ConsumerResult(
            consumer,
            messages / seconds,
            (double)(_allocatedAtEnd - _allocatedAtStart) / messages,
            _gen0AtEnd - _gen0AtStart,
            p50,
            p99);
    }

    private static double Microseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
