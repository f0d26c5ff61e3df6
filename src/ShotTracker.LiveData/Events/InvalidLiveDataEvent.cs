namespace ShotTracker.LiveData;

/// <summary>
/// A message that arrived but could not be read (malformed JSON, a payload that does not fit its source's
/// shape). Streams yield it in order instead of failing, so the application sees the problem and loses nothing.
/// </summary>
/// <remarks>
/// The raw message and the reason are in <see cref="Error"/>. A sequenced message that cannot be read does not
/// advance the resume point: its <c>seq</c> is unknown.
/// </remarks>
public sealed record InvalidLiveDataEvent : LiveDataEvent
{
    /// <summary>Gets why the message could not be read, with the raw message and the position.</summary>
    public required LiveDataProtocolException Error { get; init; }

    /// <summary>Gets the complete message, exactly as received, as UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> RawJson => Error.RawMessage;

    /// <inheritdoc />
    public override LiveDataSource? Source => null;

    private protected override string? DebuggerDetails =>
        Error.Message;
}
