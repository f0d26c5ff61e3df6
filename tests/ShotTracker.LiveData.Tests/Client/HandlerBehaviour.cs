using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Client;

/// <summary>
/// What every client's ConnectionStateChanged handlers must do, checked on one client: they run in order, never on the
/// streaming thread (a handler that blocks does not stop the stream), their exceptions never end the stream, and the
/// stream ends only after they saw the last state. Shared by the core's clients and RedisLiveDataClient (linked there).
/// </summary>
internal static class HandlerBehaviour
{
    /// <summary>Streams <paramref name="client"/>, fed <paramref name="messages"/> sequenced chart messages (seq 1 to n) and a normal end, and checks its handlers.</summary>
    public static async Task StreamAndCheckAsync(ILiveDataClient client, int messages)
    {
        using var allReceived = new ManualResetEventSlim();
        var handlerSawAllReceived = new List<bool>();
        var states = new List<LiveDataConnectionState>();
        var senders = new List<object?>();
        client.ConnectionStateChanged += (sender, e) =>
        {
            if (e.State == LiveDataConnectionState.Connecting)
            {
                // Run on the streaming thread, this would wait for events that thread can never deliver.
                handlerSawAllReceived.Add(allReceived.Wait(TimeSpan.FromSeconds(20)));
            }

            states.Add(e.State);
            senders.Add(sender);
        };
        client.ConnectionStateChanged += (_, _) => throw new InvalidOperationException("A handler's bug.");
        var received = 0;

        await Task.Run(async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
                if (++received == messages)
                {
                    allReceived.Set();
                }
            }
        }).DefaultTimeout();

        received.Should().Be(messages, "a throwing handler does not end the stream");
        handlerSawAllReceived.Should().Equal([true], "the handler ran beside the stream, not on its thread");
        states.Should().Equal(
            [LiveDataConnectionState.Connecting, LiveDataConnectionState.Connected, LiveDataConnectionState.Closed],
            "in order, and the loop ends only after the handler saw the last state");
        senders.Should().AllSatisfy(s => s.Should().BeSameAs(client));
        client.LastSequence.Should().Be(messages);
        client.GetStatistics().MessagesBySource[LiveDataSource.Chart].Should().Be(messages);
    }
}
