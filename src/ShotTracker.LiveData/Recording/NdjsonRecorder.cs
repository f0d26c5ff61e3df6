using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ShotTracker.LiveData;

/// <summary>
/// Records received messages as NDJSON: one line per message, <c>{"receivedAt":"2026-11-25T04:30:00.123Z","message":{…}}</c>,
/// keeping each message's bytes exactly as received. Set it as <see cref="LiveDataClientOptions.Recorder"/> to record
/// a game as it streams; <see cref="NdjsonReplayClient"/> plays the file back (<see cref="NdjsonRecordingReader"/>
/// reads its lines), and the <c>ShotTracker.LiveData.Testing</c> package's emulator replays it over a socket.
/// </summary>
/// <remarks>
/// A message that is not one line of valid JSON (a malformed frame, a pretty-printed message) is kept exactly as
/// well, as a JSON string: <c>{"receivedAt":…,"raw":"…"}</c>. Writes are serialized, so the recorder may be called
/// from several threads; it does not flush after every line (call <see cref="FlushAsync"/> or dispose it).
/// </remarks>
public sealed class NdjsonRecorder : ILiveDataMessageRecorder, IAsyncDisposable
{
    private static readonly byte[] LineStart = "{\"receivedAt\":\""u8.ToArray();
    private static readonly byte[] MessageProperty = "\",\"message\":"u8.ToArray();
    private static readonly byte[] LineEnd = "}\n"u8.ToArray();

    private readonly Stream _destination;
    private readonly TimeProvider _timeProvider;
    private readonly bool _leaveOpen;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private int _count;
    private bool _disposed;

    /// <summary>Creates a recorder that appends to <paramref name="destination"/>.</summary>
    /// <param name="destination">A writable stream.</param>
    /// <param name="timeProvider">The clock that stamps <c>receivedAt</c>; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="leaveOpen">Whether disposing the recorder leaves <paramref name="destination"/> open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not writable.</exception>
    public NdjsonRecorder(Stream destination, TimeProvider? timeProvider = null, bool leaveOpen = false)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(destination));
        }

        _destination = destination;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Gets how many messages have been recorded.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Creates a recorder that writes a new file (an existing one is replaced).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="timeProvider">The clock that stamps <c>receivedAt</c>; <see langword="null"/> for the system clock.</param>
    /// <returns>The recorder; dispose it to close the file.</returns>
    public static NdjsonRecorder Create(string path, TimeProvider? timeProvider = null) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true), timeProvider);

    /// <summary>Records <paramref name="utf8Message"/> as received now.</summary>
    /// <param name="utf8Message">The complete message as received.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line has been written to the stream.</returns>
    /// <exception cref="ObjectDisposedException">The recorder has been disposed.</exception>
    public Task RecordAsync(ReadOnlyMemory<byte> utf8Message, CancellationToken cancellationToken = default) =>
        RecordAsync(utf8Message, _timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Records <paramref name="utf8Message"/> as received at <paramref name="receivedAt"/>.</summary>
    /// <param name="utf8Message">The complete message as received.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line has been written to the stream.</returns>
    /// <exception cref="ObjectDisposedException">The recorder has been disposed.</exception>
    public async Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var line = BuildLine(utf8Message.Span, receivedAt);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
            await _destination.WriteAsync(line, 0, line.Length, cancellationToken).ConfigureAwait(false);
            _count++;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Flushes recorded lines to the underlying stream's storage.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the stream has been flushed.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
            await _destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Flushes and, unless it was created with <c>leaveOpen</c>, closes the stream. Idempotent.</summary>
    /// <returns>A task that completes when the recorder is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _destination.FlushAsync().ConfigureAwait(false);
            if (!_leaveOpen)
            {
#if NETSTANDARD2_0
                _destination.Dispose();
#else
                await _destination.DisposeAsync().ConfigureAwait(false);
#endif
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(NdjsonRecorder));
        }
    }

    private static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="message"/> can be embedded byte for byte: one JSON object on one line.</summary>
    private static bool CanEmbed(ReadOnlySpan<byte> message)
    {
        if (message.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(message);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static byte[] BuildLine(ReadOnlySpan<byte> message, DateTimeOffset receivedAt)
    {
        var timestamp = Encoding.ASCII.GetBytes(FormatTimestamp(receivedAt));
        if (CanEmbed(message))
        {
            var line = new byte[LineStart.Length + timestamp.Length + MessageProperty.Length + message.Length + LineEnd.Length];
            var span = line.AsSpan();
            LineStart.CopyTo(span);
            span = span.Slice(LineStart.Length);
            timestamp.CopyTo(span);
            span = span.Slice(timestamp.Length);
            MessageProperty.CopyTo(span);
            span = span.Slice(MessageProperty.Length);
            message.CopyTo(span);
            LineEnd.CopyTo(span.Slice(message.Length));
            return line;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("receivedAt"u8, FormatTimestamp(receivedAt));
            writer.WriteString("raw"u8, Encoding.UTF8.GetString(message.ToArray()));
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
