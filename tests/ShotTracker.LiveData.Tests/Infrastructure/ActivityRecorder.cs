using System.Collections.Concurrent;
using System.Diagnostics;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// Listens to the SDK's <see cref="ActivitySource"/> and starts a root activity: the client's activities of this test
/// are in the root's trace (the client's background work inherits the current activity) or in traces linked to it,
/// so they can be told apart from those of tests running in parallel.
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

    /// <summary>Gets the context of the test's root activity, current while the test runs.</summary>
    public ActivityContext RootContext => _root.Context;

    /// <summary>
    /// Gets this test's stopped SDK activities, in the order they stopped: those in the root's trace, and those in
    /// traces whose root links to it (reconnects start traces of their own).
    /// </summary>
    public IReadOnlyList<Activity> Stopped
    {
        get
        {
            var all = _stopped.Where(a => a.Source.Name == LiveDataDiagnostics.ActivitySourceName).ToArray();
            var traces = all.Where(a => a.Links.Any(l => l.Context.TraceId == _root.TraceId)).Select(a => a.TraceId).ToHashSet();
            traces.Add(_root.TraceId);
            return all.Where(a => traces.Contains(a.TraceId)).ToArray();
        }
    }

    public IReadOnlyList<Activity> Named(string name) => Stopped.Where(a => a.OperationName == name).ToArray();

    public void Dispose()
    {
        _root.Dispose();
        _listener.Dispose();
    }
}
