using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>RedisLiveDataClient while Redis is down at its start: each failed read is reported, and the next waits for the backoff on the client's clock.</summary>
public sealed class RedisClientBackoffTests : IDisposable
{
    private readonly Meter _meter = new("test");

    public void Dispose() => _meter.Dispose();

    [Fact]
    public async Task StreamAsync_RedisDownAtStart_RetriesOnlyAfterEachBackoffThenReadsTheGame()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.KillAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000));
        await using var client = RedisClients.Create(redis, configure: o =>
        {
            o.TimeProvider = time;
            o.RetryDelay = TimeSpan.FromSeconds(1);
            o.MaxRetryDelay = TimeSpan.FromSeconds(4);
        });
        var failures = new ConcurrentQueue<LiveDataConnectionStateChangedEventArgs>();
        client.ConnectionStateChanged += (_, e) =>
        {
            if (e.Exception is not null)
            {
                failures.Enqueue(e);
            }
        };
        var reading = Task.Run(() => RedisClients.ReadAllAsync(client));

        await Eventually.TrueAsync(() => failures.Count == 1, "the first read to fail");
        failures.Single().State.Should().Be(LiveDataConnectionState.Connecting, "it never reached Redis yet");

        // The second attempt waits for the first backoff on the client's clock: no storm while the clock stands still.
        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => failures.Count == 2, "the second read, after the backoff, to fail");
        failures.Select(f => f.Attempt).Should().Equal(2, 3);

        await redis.RestartAsync();
        using (var writing = await redis.ConnectAsync())
        {
            var writer = TestWriters.Create(writing.GetDatabase(), _meter);
            await writer.WriteAsync(TestWriters.Chart(1), time.GetUtcNow(), CancellationToken.None).DefaultTimeout();
            await writer.WriteEndAsync(CancellationToken.None).DefaultTimeout();
        }

        while (!reading.IsCompleted && client.State != LiveDataConnectionState.Connected)
        {
            // The backoff doubles up to MaxRetryDelay; moving the clock by it releases the next read.
            time.Advance(TimeSpan.FromSeconds(4));
            await Task.WhenAny(reading, Task.Delay(50));
        }

        var events = await reading.DefaultTimeout();
        events.Select(e => e.Sequence).Should().Equal(1);
    }
}
