using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>The socket-free <see cref="ILiveDataClient"/> an app's unit tests stream a fixed list of events from.</summary>
public sealed class InMemoryLiveDataClientTests
{
    private static readonly LiveDataEvent[] Game =
    [
        LiveDataMessageSerializer.Deserialize(Messages.Sequenced(1)),
        LiveDataMessageSerializer.Deserialize(Messages.Clock(1)),
        LiveDataMessageSerializer.Deserialize(Messages.Sequenced(2, "marker")),
        LiveDataMessageSerializer.Deserialize(Messages.Unknown("future", "x")),
        LiveDataMessageSerializer.Deserialize(Messages.Sequenced(3)),
    ];

    [Fact]
    public async Task StreamAsync_YieldsTheEventsInOrderWithStatesAndStatistics()
    {
        await using ILiveDataClient client = new InMemoryLiveDataClient(Game);
        var states = client.RecordStates();

        var events = await client.CollectAsync();

        events.Should().Equal(Game);
        client.LastSequence.Should().Be(3);
        states.Select(s => s.State).Should().Equal(LiveDataConnectionState.Connecting, LiveDataConnectionState.Connected, LiveDataConnectionState.Closed);
        states.Last().Reason.Should().Be(LiveDataDisconnectReason.ServerClosed, "like a service that sent these and closed normally");
        var statistics = client.GetStatistics();
        statistics.MessagesBySource[LiveDataSource.Chart].Should().Be(2);
        statistics.MessagesBySource[LiveDataSource.Clock].Should().Be(1);
        statistics.UnknownMessages.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_StoppedAndStreamedAgain_ResumesAfterTheLastSequenceExactlyOnce()
    {
        await using var client = new InMemoryLiveDataClient(Game);

        var first = await client.CollectAsync(2);
        var rest = await client.CollectAsync();

        first.Select(e => e.Sequence).Should().Equal(1, null);
        rest.Where(e => e.Sequence is not null).Select(e => e.Sequence).Should().Equal(2, 3);
        rest.Should().Contain(e => e is ClockEvent, "non-sequenced events are delivered on every stream");
    }

    [Fact]
    public async Task AppCodeDependingOnTheInterface_IsTestedWithoutASocket()
    {
        var make = LiveDataMessageSerializer.Deserialize("""{"type":"data","source":"chart","seq":1,"data":{"st":"MAKE"}}""");
        var miss = LiveDataMessageSerializer.Deserialize("""{"type":"data","source":"chart","seq":2,"data":{"st":"MISS"}}""");
        await using ILiveDataClient client = new InMemoryLiveDataClient([make, miss, make with { Sequence = 3 }]);

        var made = await ShotCounter.CountMadeShotsAsync(client); // your code, which takes an ILiveDataClient

        made.Should().Be(2);
    }

    public static class ShotCounter
    {
        public static async Task<int> CountMadeShotsAsync(ILiveDataClient client, CancellationToken cancellationToken = default)
        {
            var made = 0;
            await foreach (var e in client.StreamAsync(cancellationToken))
            {
                if (e is ChartEvent { Data.Result: ShotResult.Make })
                {
                    made++;
                }
            }

            return made;
        }
    }

    [Fact]
    public async Task DisposeAsync_ThenStream_Throws()
    {
        var client = new InMemoryLiveDataClient(Game);
        await client.DisposeAsync();

        client.Invoking(c => c.StreamAsync()).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public async Task StreamAsync_HandlerThrows_IsIgnoredLikeTheRealClient()
    {
        await using var client = new InMemoryLiveDataClient(Game);
        client.ConnectionStateChanged += (_, _) => throw new InvalidOperationException("handler bug");

        var events = await client.CollectAsync();

        events.Should().Equal(Game);
    }

    [Fact]
    public async Task DisposeAsync_WhileStreaming_EndsTheLoopWithOperationCanceledException()
    {
        var client = new InMemoryLiveDataClient(Game);
        var seen = 0;

        var act = async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
                if (++seen == 2)
                {
                    await client.DisposeAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>("a loop stopped by disposal is never mistaken for the game's end");
        seen.Should().Be(2);
    }
}
