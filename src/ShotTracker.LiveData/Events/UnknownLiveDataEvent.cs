namespace ShotTracker.LiveData;

/// <summary>
/// A message this version of the SDK does not know how to type: an unknown <c>type</c>, an unknown
/// <c>source</c>, or a data message without a source. The whole message is kept as raw JSON so nothing is lost.
/// </summary>
/// <remarks>Receiving one never ends a stream; newer services add sources and message types over time.</remarks>
public sealed record UnknownLiveDataEvent : LiveDataEvent
{
    /// <summary>Gets the message's <c>type</c> as sent.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the message's <c>source</c> as sent, or <see langword="null"/> when it had none.</summary>
    public string? SourceName { get; init; }

    /// <summary>Gets the complete message, exactly as received, as UTF-8 JSON.</summary>
    public required ReadOnlyMemory<byte> RawJson { get; init; }

    /// <inheritdoc />
    public override LiveDataSource? Source => null;

    private protected override string? DebuggerDetails =>
        "type " + Type + (SourceName is null ? string.Empty : ", source " + SourceName);
}
