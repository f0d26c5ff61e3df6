using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Redis.Relay;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>A relay's writer of game <c>g1</c> with short retries, and messages to write with it, for tests that fill Redis by hand.</summary>
internal static class TestWriters
{
    public static RedisGameWriter Create(IDatabase database, Meter meter) => new(
        database,
        GameStreams.Keys(),
        new RelaySettings("livedata", 1000, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(100), TimeProvider.System),
        new RelayCounters(meter),
        NullLogger.Instance);

    public static byte[] Chart(long seq) => Encoding.UTF8.GetBytes($$$"""{"type":"data","source":"chart","seq":{{{seq}}},"data":{"t":{{{seq}}}}}""");
}
