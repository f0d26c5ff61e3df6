using System.Text;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

/// <summary>A response body that records what is written and can hold writes back, like a browser that stopped reading.</summary>
internal sealed class SseTestStream : Stream
{
    private readonly object _gate = new();
    private readonly StringBuilder _text = new();
    private TaskCompletionSource? _blocked;
    private int _writesWaiting;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Gets how many writes are held back right now.</summary>
    public int WritesWaiting => Volatile.Read(ref _writesWaiting);

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Gets the events written so far, as (name, data) pairs.</summary>
    public IReadOnlyList<(string Event, string Data)> Events => Parse(Text);

    public void Block()
    {
        lock (_gate)
        {
            _blocked ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        TaskCompletionSource? blocked;
        lock (_gate)
        {
            blocked = _blocked;
            _blocked = null;
        }

        blocked?.TrySetResult();
    }

    public static IReadOnlyList<(string Event, string Data)> Parse(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => block.Split('\n'))
            .Where(lines => lines.Any(l => l.StartsWith("event: ", StringComparison.Ordinal)))
            .Select(lines => (
                lines.First(l => l.StartsWith("event: ", StringComparison.Ordinal))["event: ".Length..],
                lines.FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal))?["data: ".Length..] ?? string.Empty))
            .ToList();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Task? blocked;
        lock (_gate)
        {
            blocked = _blocked?.Task;
        }

        if (blocked is not null)
        {
            Interlocked.Increment(ref _writesWaiting);
            try
            {
                await blocked.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _writesWaiting);
            }
        }

        lock (_gate)
        {
            _text.Append(Encoding.UTF8.GetString(buffer.Span));
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Writes are asynchronous.");

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
