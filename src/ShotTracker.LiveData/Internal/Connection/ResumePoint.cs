namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// The client's <see cref="LiveDataClient.LastSequence"/>: the last sequenced message every subscriber has been handed
/// or did not want. Only moves forward, so subscribers advancing it from several threads cannot move it back.
/// </summary>
internal sealed class ResumePoint(long? initial)
{
    public const long None = -1;

    private long _value = initial ?? None;

    /// <summary>Gets the sequence number, or <see cref="None"/>.</summary>
    public long Raw => Interlocked.Read(ref _value);

    public long? Value => Raw is var value and >= 0 ? value : null;

    /// <summary>Moves the point to <paramref name="sequence"/> unless it is already there or beyond.</summary>
    public void Advance(long sequence) => AdvanceField(ref _value, sequence);

    /// <summary>Raises <paramref name="field"/> to <paramref name="value"/> unless it is already there or beyond.</summary>
    public static void AdvanceField(ref long field, long value)
    {
        var current = Interlocked.Read(ref field);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref field, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
