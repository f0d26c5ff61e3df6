using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>
/// A recorder set on a relay's Live Data configuration (the relay's own recorder runs it after each write): it holds
/// the client of one game once, right after the relay wrote the message with one <c>seq</c>, until the test releases
/// it. The held client reads nothing more from its socket meanwhile, as a relay that falls behind or whose feed stalls.
/// </summary>
internal sealed class HoldingRecorder(string gameId, long sequence) : ILiveDataMessageRecorder
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes when the game's client is held.</summary>
    public Task Held => _held.Task;

    public void Release() => _released.TrySetResult();

    public async Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        // The relay's recorder runs in the flow of the game's client, so its writer names the game.
        if (RelayRecorder.Current?.Keys.GameId == gameId
            && RelayEnvelope.Read(utf8Message.Span).Sequence == sequence
            && _held.TrySetResult())
        {
            await _released.Task.WaitAsync(cancellationToken);
        }
    }
}
