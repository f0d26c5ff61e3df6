namespace ShotTracker.LiveData.Testing.Tests;

/// <summary>Every await in a test has a timeout: a hang is a failure with a message, not a stuck run.</summary>
internal static class TaskTimeouts
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(15);

    public static async Task<T> WithTimeout<T>(this Task<T> task, TimeSpan? timeout = null)
    {
        try
        {
            return await task.WaitAsync(timeout ?? Default);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The operation did not complete within {timeout ?? Default}.", ex);
        }
    }

    public static async Task WithTimeout(this Task task, TimeSpan? timeout = null)
    {
        try
        {
            await task.WaitAsync(timeout ?? Default);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The operation did not complete within {timeout ?? Default}.", ex);
        }
    }
}
