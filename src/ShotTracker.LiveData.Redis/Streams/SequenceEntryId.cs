using System.Globalization;

namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>
/// The entry id of a sequenced message: <c>{seq}-1</c>. The millisecond part is the sequence, so Redis refuses a second
/// copy as "equal or smaller than the target stream top item"; the <c>-1</c> keeps <c>seq</c> 0 a valid id (Redis
/// refuses <c>0-0</c>).
/// </summary>
internal static class SequenceEntryId
{
    /// <summary>The id of <paramref name="sequence"/>; also the XREAD position that reads everything after it.</summary>
    public static string Of(long sequence) => sequence.ToString(CultureInfo.InvariantCulture) + "-1";

    /// <summary>
    /// The id of the end marker after <paramref name="lastSequence"/>: <c>{lastSeq}-2</c>, just above the last
    /// message's id, so a second relay's marker of the same game is refused like a duplicate seq, and a later seq
    /// (<c>{lastSeq + 1}-1</c>) would still be accepted.
    /// </summary>
    public static string EndOf(long? lastSequence) => (lastSequence ?? 0).ToString(CultureInfo.InvariantCulture) + "-2";

    /// <summary>Reads the sequence back from an entry id, or <see langword="null"/> when it is not a number.</summary>
    public static long? Parse(string? entryId)
    {
        if (entryId is null)
        {
            return null;
        }

        var dash = entryId.IndexOf('-', StringComparison.Ordinal);
        var milliseconds = dash < 0 ? entryId : entryId[..dash];
        return long.TryParse(milliseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
