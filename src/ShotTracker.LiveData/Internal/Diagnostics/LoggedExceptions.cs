namespace ShotTracker.LiveData.Internal.Diagnostics;

/// <summary>
/// Marks an exception as logged where it was owned (the HTTP token provider logs its own failures), so the client
/// does not log the same failure again with the same stack trace.
/// </summary>
internal static class LoggedExceptions
{
    private const string Key = "ShotTracker.LiveData.Logged";

    public static TException Mark<TException>(TException exception)
        where TException : Exception
    {
        exception.Data[Key] = true;
        return exception;
    }

    public static bool IsLogged(Exception exception) => exception.Data[Key] is true;
}
