using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Every await in a test has a timeout: a hang fails with a message instead of stalling the run.</summary>
internal static class TaskExtensions
{
    public static readonly TimeSpan DefaultTimeoutSpan = Debugger.IsAttached ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(30);

    public static Task DefaultTimeout(this Task task, [CallerFilePath] string? file = null, [CallerLineNumber] int line = 0) =>
        task.TimeoutAfter(DefaultTimeoutSpan, file, line);

    public static Task<T> DefaultTimeout<T>(this Task<T> task, [CallerFilePath] string? file = null, [CallerLineNumber] int line = 0) =>
        task.TimeoutAfter(DefaultTimeoutSpan, file, line);

    public static Task DefaultTimeout(this ValueTask task, [CallerFilePath] string? file = null, [CallerLineNumber] int line = 0) =>
        task.AsTask().TimeoutAfter(DefaultTimeoutSpan, file, line);

    public static Task<T> DefaultTimeout<T>(this ValueTask<T> task, [CallerFilePath] string? file = null, [CallerLineNumber] int line = 0) =>
        task.AsTask().TimeoutAfter(DefaultTimeoutSpan, file, line);

    public static async Task TimeoutAfter(this Task task, TimeSpan timeout, string? file = null, int line = 0)
    {
        try
        {
            await task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The operation at {Path.GetFileName(file)}:{line} timed out after {timeout}.");
        }
    }

    public static async Task<T> TimeoutAfter<T>(this Task<T> task, TimeSpan timeout, string? file = null, int line = 0)
    {
        try
        {
            return await task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The operation at {Path.GetFileName(file)}:{line} timed out after {timeout}.");
        }
    }
}
