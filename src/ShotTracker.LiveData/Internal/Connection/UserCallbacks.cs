namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// Marks the stretches where a client runs its user's code on a thread of its own: a
/// <see cref="LiveDataClient.ConnectionStateChanged"/> or <see cref="LiveDataClient.Resumed"/> handler, or an
/// <c>await foreach</c> body handed an event on the reader's thread (<see cref="EventBuffer"/>). A
/// <c>DisposeAsync</c> called from there must not wait for the client to stop: the stop waits for that very code to
/// return. One thread-static, in one place, for that one question.
/// </summary>
internal static class UserCallbacks
{
    [ThreadStatic]
    private static object? t_runner;

    /// <summary>Gets whether the calling thread runs user code for any client right now.</summary>
    public static bool IsRunning => t_runner is not null;

    /// <summary>Gets whether the calling thread runs user code for <paramref name="runner"/> right now.</summary>
    /// <param name="runner">The object that called the user code (a buffer, a dispatcher).</param>
    public static bool IsRunningFor(object runner) => ReferenceEquals(t_runner, runner);

    /// <summary>Marks the calling thread as running user code for <paramref name="runner"/> until the scope is disposed.</summary>
    /// <param name="runner">The object that calls the user code.</param>
    /// <returns>A scope that restores the previous mark (calls nest: a handler may run an inline body's client).</returns>
    public static Scope Enter(object runner)
    {
        var outer = t_runner;
        t_runner = runner;
        return new Scope(outer);
    }

    /// <summary>Restores the mark that was current when the scope began.</summary>
    public readonly struct Scope(object? outer) : IDisposable
    {
        /// <summary>Ends the scope.</summary>
        public void Dispose() => t_runner = outer;
    }
}
