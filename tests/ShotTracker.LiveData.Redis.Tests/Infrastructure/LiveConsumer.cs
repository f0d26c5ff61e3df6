namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>Reads a client's stream on a background task while the test goes on, keeping every event it yields.</summary>
internal sealed class LiveConsumer
{
    private readonly List<LiveDataEvent> _events = [];

    private LiveConsumer(ILiveDataClient client) => Completion = Task.Run(async () =>
    {
        await foreach (var item in client.StreamAsync())
        {
            lock (_events)
            {
                _events.Add(item);
            }
        }
    });

    /// <summary>Gets a task that completes when the stream ends (at the game's end marker).</summary>
    public Task Completion { get; }

    public IReadOnlyList<LiveDataEvent> Events
    {
        get
        {
            lock (_events)
            {
                return _events.ToArray();
            }
        }
    }

    public static LiveConsumer Start(ILiveDataClient client) => new(client);

    public long[] Sequences() => Events.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).ToArray();

    /// <summary>The non-sequenced events, serialized: what a consumer must never see twice.</summary>
    public List<string> NonSequenced() => Events.Where(e => e.Sequence is null).Select(LiveDataMessageSerializer.SerializeToString).ToList();
}
