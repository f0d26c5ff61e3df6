namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// The recorder the relay installs on its Live Data configuration: it hands each message to the writer of the game
/// whose client is receiving it, and to the recorder configured before it (if any).
/// </summary>
/// <remarks>
/// <para>
/// The factory builds every client of a configuration from one options object, so one recorder serves every game of
/// it. It finds the game through <see cref="Current"/>, an async-local the relay sets before it starts the game's
/// stream: the client's receive loop starts from that call and carries it. A client created elsewhere from the same
/// configuration has no writer and only reaches the inner recorder.
/// </para>
/// <para>
/// Nothing relies on this blindly: the relay checks every sequenced event its client yields against the writer's
/// confirmed sequence, and restarts the game from Redis if one was not written.
/// </para>
/// </remarks>
internal sealed class RelayRecorder(ILiveDataMessageRecorder? inner) : ILiveDataMessageRecorder
{
    private static readonly AsyncLocal<RedisGameWriter?> CurrentWriter = new();

    /// <summary>Gets or sets the writer of the game whose client runs in this async flow.</summary>
    public static RedisGameWriter? Current
    {
        get => CurrentWriter.Value;
        set => CurrentWriter.Value = value;
    }

    public async Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        if (Current is { } writer)
        {
            // Retries until Redis holds the message: the client reads nothing more until this returns, so it never moves
            // past a message that is not written. Only the stream's stop ends the wait (the message is then not
            // delivered either, and the restart resumes from Redis).
            await writer.WriteAsync(utf8Message, receivedAt, cancellationToken).ConfigureAwait(false);
        }

        if (inner is not null)
        {
            await inner.RecordAsync(utf8Message, receivedAt, cancellationToken).ConfigureAwait(false);
        }
    }
}
