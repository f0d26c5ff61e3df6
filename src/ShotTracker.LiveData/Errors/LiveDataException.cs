namespace ShotTracker.LiveData;

/// <summary>The base of every exception the ShotTracker Live Data SDK throws.</summary>
/// <remarks>Messages never contain the subscription token.</remarks>
public class LiveDataException : Exception
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public LiveDataException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public LiveDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
