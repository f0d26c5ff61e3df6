#if !LIBRARY_NETSTANDARD
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>Runs alone: it counts every byte the process allocates while the client streams.</summary>
[CollectionDefinition(nameof(HandOffAllocationTests), DisableParallelization = true)]
public sealed class HandOffAllocationCollection;

/// <summary>
/// In steady state the client allocates the events it returns and next to nothing else per message (issue 10: no
/// per-message task, completion source, closure or boxed value). Not on the netstandard2.0 build, whose socket API
/// allocates a task and a result per frame.
/// </summary>
[Collection(nameof(HandOffAllocationTests))]
public sealed class HandOffAllocationTests
{
    private const int Total = 20_000;
    private const int WarmUp = 2_000;

    [Fact]
    public async Task StreamAsync_SteadyStateThroughARealSocket_AllocatesTheEventsPlusAtMost64BytesEach()
    {
        var chart = Fixtures.LoadText("chart.json").Trim();
        var messages = Enumerable.Range(1, Total)
            .Select(seq => System.Text.Encoding.UTF8.GetBytes(chart.Replace("\"seq\":1042", "\"seq\":" + seq.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            .ToList();
        var eventBytes = ParseAllocation(messages[^1]);
        await using var server = RawFrameServer.Start(messages);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        long allocatedAtWarmUp = 0;
        var received = 0;

        await Task.Run(async () =>
        {
            await foreach (var e in client.StreamAsync())
            {
                if (++received == WarmUp)
                {
                    allocatedAtWarmUp = GC.GetTotalAllocatedBytes(precise: true);
                }
            }
        }).DefaultTimeout();
        var perMessage = (double)(GC.GetTotalAllocatedBytes(precise: true) - allocatedAtWarmUp) / (Total - WarmUp);

        received.Should().Be(Total);
        perMessage.Should().BeLessThanOrEqualTo(eventBytes + 64 + DebugStateMachineBytes(),
            $"each message may cost its event ({eventBytes} B) plus 64 B; the end of the stream is spread over {Total - WarmUp} messages");
    }

    /// <summary>
    /// A Debug build of the library compiles every async method's state machine as a class, allocated on each call even
    /// when it completes at once: one receive per message, about 128 B. Release builds allocate none of it.
    /// </summary>
    private static int DebugStateMachineBytes() =>
        typeof(LiveDataClient).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled) ? 160 : 0;

    /// <summary>What parsing one message allocates: the event the client returns.</summary>
    private static long ParseAllocation(byte[] message)
    {
        for (var i = 0; i < 100; i++)
        {
            LiveDataMessageSerializer.Deserialize(message);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            LiveDataMessageSerializer.Deserialize(message);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
    }
}
#endif
