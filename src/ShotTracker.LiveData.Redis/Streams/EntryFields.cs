namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>The fields of every entry the relay writes.</summary>
internal static class EntryFields
{
    /// <summary>The message exactly as received, byte for byte.</summary>
    public const string Message = "m";

    /// <summary>When the relay's client received it: Unix time in milliseconds, as a decimal string.</summary>
    public const string ReceivedAt = "r";
}
