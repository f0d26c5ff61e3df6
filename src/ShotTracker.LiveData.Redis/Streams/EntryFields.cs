namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>The fields of every entry the relay writes.</summary>
internal static class EntryFields
{
    /// <summary>The message exactly as received, byte for byte.</summary>
    public const string Message = "m";

    /// <summary>When the relay's client received it: Unix time in milliseconds, as a decimal string.</summary>
    public const string ReceivedAt = "r";

    /// <summary>
    /// Marks the end of the game: the one field of the entry <c>{lastSeq}-2</c> the relay adds to the <c>seq</c> stream
    /// when the service closed the game's stream normally (see <see cref="SequenceEntryId.EndOf"/>).
    /// </summary>
    public const string End = "end";
}
