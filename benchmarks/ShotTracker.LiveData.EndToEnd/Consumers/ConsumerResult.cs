namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>One consumer's figures in one run.</summary>
/// <param name="Consumer">The consumer's name.</param>
/// <param name="MessagesPerSecond">Messages delivered to user code per second, in the steady-state window.</param>
/// <param name="BytesPerMessage">Bytes allocated by the whole process per message, in the window.</param>
/// <param name="Gen0Collections">Gen0 collections in the window.</param>
/// <param name="P50Microseconds">Median latency from the server's send to user code, when paced.</param>
/// <param name="P99Microseconds">99th percentile of that latency, when paced.</param>
internal sealed record ConsumerResult(
    string Consumer,
    double MessagesPerSecond,
    double BytesPerMessage,
    int Gen0Collections,
    double? P50Microseconds,
    double? P99Microseconds);
