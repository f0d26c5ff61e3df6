using System.Collections.Concurrent;
using System.Diagnostics;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// Listens to the SDK's <see cref="ActivitySource"/> and starts a root activity: the client's activities of this test
/// are the root's descendants (the client's background work inherits the current activity), so they can be told
/// apart from those of tests running in parallel.
/// </summary>
internal sealed class ActivityRecorder : IDisposable
{
    private static readonly ActivitySource TestSource = new("ShotTracker.LiveData.Tests");
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;
    private readonly Activity _root;

    public ActivityRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is LiveDataDiagnostics.ActivitySourceName or "ShotTracker.LiveData.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => _stopped.Enqueue(a),
        };
        ActivitySource.AddActivityListener(_listener);
        _root = TestSource.StartActivity("test-root")!;
    }

    /// <summary>Gets this test's stopped SDK activities, in the order they stopped.</summary>
    public IReadOnlyList<Activity> Stopped =>
        _stopped.Where(a => a.TraceId == _root.TraceId && a.Source.Name == LiveDataDiagnostics.ActivitySourceName).ToArray();

    public IReadOnlyList<Activity> Named(string name) => Stopped.Where(a => a.OperationName == name).ToArray();

    public void Dispose()
    {
        _root.Dispose();
        _listener.Dispose();
    }
}
