using System.Diagnostics;
using System.Threading.Tasks.Sources;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// One reusable waiter behind a <see cref="ValueTask{TResult}"/>: a wait costs no allocation, where a
/// <see cref="TaskCompletionSource{TResult}"/> per wait would cost one per message.
/// </summary>
/// <remarks>
/// One wait at a time: the owner resets it, hands out <see cref="Wait"/>, and exactly one party (the one that claimed it
/// under the owner's lock) completes it. Whether the waiter's continuation runs on the completing thread is chosen per
/// completion.
/// </remarks>
internal sealed class ValueTaskSignal<T> : IValueTaskSource<T>
{
    private ManualResetValueTaskSourceCore<T> _core;
    private CancellationTokenRegistration _registration;

    /// <summary>Gets or sets the <see cref="Stopwatch"/> timestamp at which the waiter last took its result.</summary>
    public long TakenAt { get; set; }

    /// <summary>Gets a <see cref="ValueTask{TResult}"/> for the current wait.</summary>
    public ValueTask<T> Wait => new(this, _core.Version);

    /// <summary>Starts a new wait; <paramref name="cancel"/> runs if <paramref name="cancellationToken"/> fires first.</summary>
    public void Reset(CancellationToken cancellationToken, Action<object?> cancel, object state)
    {
        _core.Reset();
        _registration = cancellationToken.CanBeCanceled ? Register(cancellationToken, cancel, state) : default;
    }

    /// <summary>Completes the wait with <paramref name="result"/>; <paramref name="inline"/> runs the waiter on this thread.</summary>
    /// <param name="result">The waiter's result.</param>
    /// <param name="inline">Runs the waiter's continuation on this thread.</param>
    public void SetResult(T result, bool inline)
    {
        Unregister();
        _core.RunContinuationsAsynchronously = !inline;
        _core.SetResult(result);
    }

    /// <summary>Fails the wait; the waiter always continues on the thread pool.</summary>
    public void SetException(Exception error)
    {
        Unregister();
        _core.RunContinuationsAsynchronously = true;
        _core.SetException(error);
    }

    T IValueTaskSource<T>.GetResult(short token)
    {
        TakenAt = Stopwatch.GetTimestamp();
        return _core.GetResult(token);
    }

    ValueTaskSourceStatus IValueTaskSource<T>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<T>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private static CancellationTokenRegistration Register(CancellationToken cancellationToken, Action<object?> cancel, object state) =>
#if NET8_0_OR_GREATER
        // No ExecutionContext to capture, and the runtime reuses the registration's node: nothing allocated per wait.
        cancellationToken.UnsafeRegister(cancel, state);
#else
        cancellationToken.Register(cancel, state);
#endif

    private void Unregister()
    {
        // Disposing from inside the cancellation callback itself (the cancel path) does not wait for it.
        var registration = _registration;
        _registration = default;
        registration.Dispose();
    }
}
