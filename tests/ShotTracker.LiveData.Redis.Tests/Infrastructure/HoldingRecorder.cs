using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>
/// A game's recorder in a relay (<see cref="LiveDataRedisRelayOptions.RecorderFactory"/>: the relay runs it after each
/// write): it holds the write loop of one game once, right after the relay wrote the message with one <c>seq</c>, until
/// the test releases it. The writes already sent may land; once the game's bounded queue is full its client reads
/// nothing more from its socket, as a relay that falls behind or whose feed stalls.
/// </summary>
internal sealed class HoldingRecorder(string gameId, long sequence) : ILiveDataMessageRecorder
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes when the game's client is held.</summary>
    public Task Held => _held.Task;

    public void Release() => _released.TrySetResult();

    /// <summary>The relay's recorder factory: this recorder for the held game, none for the others.</summary>
    public ILiveDataMessageRecorder? For(string game) => game == gameId ? this : null;

    public async Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        if (RelayEnvelope.Read(utf8Message.Span).Sequence == sequence
            && _held.TrySetResult())
        {
            await _released.Task.WaitAsync(cancellationToken);
        }
    }
}
