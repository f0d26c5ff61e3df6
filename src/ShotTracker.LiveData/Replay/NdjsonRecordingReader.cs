using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ShotTracker.LiveData;

/// <summary>
/// Reads NDJSON written by <see cref="NdjsonRecorder"/> one line at a time, through one pooled buffer: memory stays
/// flat however long the recording is. The building block of <see cref="NdjsonReplayClient"/>; use it directly to
/// backfill a store from the raw messages.
/// </summary>
/// <remarks>
/// <para>
/// Each <see cref="ReadAsync"/> moves to the next non-blank line. A line that is not a recorded message (not JSON, no
/// <c>receivedAt</c>, neither <c>message</c> nor <c>raw</c>, longer than <see cref="MaxLineLength"/>) does not stop the
/// reader: <see cref="LineError"/> says why and <see cref="Line"/> holds it.
/// </para>
/// <para>
/// <see cref="Line"/> and <see cref="Message"/> point into the reader's buffer and are valid until the next
/// <see cref="ReadAsync"/>: copy what you keep. Not thread-safe.
/// </para>
/// </remarks>
public sealed class NdjsonRecordingReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _disposed;

    /// <summary>Creates a reader of <paramref name="stream"/>, from its current position.</summary>
    /// <param name="stream">A readable stream of NDJSON.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="stream"/> open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not readable.</exception>
    public NdjsonRecordingReader(Stream stream, bool leaveOpen = false)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        _stream = stream;
        _leaveOpen = leaveOpen;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    }

    /// <summary>Gets or sets the longest line read; a longer one is skipped and reported through <see cref="LineError"/>.</summary>
    /// <value>The default is 32 MiB: twice the client's default <see cref="LiveDataClientOptions.MaxMessageSize"/>, room for any message it records.</value>
    public int MaxLineLength { get; set; } = 32 * 1024 * 1024;

    /// <summary>Gets the 1-based number of the current line in the stream (blank lines counted).</summary>
    public int LineNumber { get; private set; }

    /// <summary>Gets the current line without its line break; empty for a line longer than <see cref="MaxLineLength"/>.</summary>
    public ReadOnlyMemory<byte> Line { get; private set; }

    /// <summary>Gets when the current message was received, or <see langword="null"/> when the line has no readable <c>receivedAt</c>.</summary>
    public DateTimeOffset? ReceivedAt { get; private set; }

    /// <summary>Gets the current message exactly as it was received (normally one JSON envelope); empty when <see cref="LineError"/> is set.</summary>
    public ReadOnlyMemory<byte> Message { get; private set; }

    /// <summary>Gets why the current line is not a recorded message, or <see langword="null"/> when it is one.</summary>
    public string? LineError { get; private set; }

    /// <summary>Moves to the next non-blank line.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns><see langword="true"/> on a line; <see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="ObjectDisposedException">The reader has been disposed.</exception>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(NdjsonRecordingReader));
        }

        while (true)
        {
            var found = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (found is not { } line)
            {
                Line = Message = default;
                ReceivedAt = null;
                LineError = null;
                return false;
            }

            LineNumber++;
            if (line.Length > 0 && line.Span[line.Length - 1] == (byte)'\r')
            {
                line = line.Slice(0, line.Length - 1);
            }

            if (LineError is null && IsBlank(line.Span))
            {
                continue;
            }

            Line = line;
            ReceivedAt = null;
            Message = default;
            if (LineError is null)
            {
                ParseLine(line);
            }

            return true;
        }
    }

    /// <summary>Returns the buffer to the pool and, unless created with <c>leaveOpen</c>, closes the stream. Idempotent.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds the next line in the buffer, reading and growing it as needed. A line over the limit is skipped to its
    /// end and returned empty with <see cref="LineError"/> set, so one bad line never costs the rest of the file.
    /// </summary>
    private async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        LineError = null;
        var searched = 0;
        var tooLong = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start + searched, _end - _start - searched);
            if (newline >= 0)
            {
                var line = new ReadOnlyMemory<byte>(_buffer, _start, newline - _start);
                _start = newline + 1;
                return tooLong || IsOverLimit(line) ? ReadOnlyMemory<byte>.Empty : line;
            }

            if (_endOfStream)
            {
                if (_start == _end && !tooLong)
                {
                    return null;
                }

                var last = new ReadOnlyMemory<byte>(_buffer, _start, _end - _start);
                _start = _end;
                return tooLong || IsOverLimit(last) ? ReadOnlyMemory<byte>.Empty : last;
            }

            searched = _end - _start;
            if (searched >= MaxLineLength)
            {
                // Drop what is held of the over-long line and keep scanning for its end.
                tooLong = true;
                LineError = TooLongError();
                _start = _end = 0;
                searched = 0;
            }

            MakeRoom();
            var read = await _stream.ReadAsync(_buffer, _end, _buffer.Length - _end, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _end += read;
        }
    }

    /// <summary>Whether a line found whole in the buffer is still over the limit (a limit below the buffer's size).</summary>
    private bool IsOverLimit(ReadOnlyMemory<byte> line)
    {
        if (line.Length <= MaxLineLength)
        {
            return false;
        }

        LineError = TooLongError();
        return true;
    }

    private string TooLongError() => $"the line is longer than {MaxLineLength.ToString(CultureInfo.InvariantCulture)} bytes";

    private void MakeRoom()
    {
        if (_end < _buffer.Length)
        {
            return;
        }

        var held = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, held);
        }
        else
        {
            // The line fills the buffer: only a line this long makes it grow, and the pool takes it back at the end.
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, InitialBufferSize));
            Buffer.BlockCopy(_buffer, 0, larger, 0, held);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        _start = 0;
        _end = held;
    }

    private void ParseLine(ReadOnlyMemory<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                LineError = "a line must be a JSON object";
                return;
            }

            ReadOnlyMemory<byte>? message = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("receivedAt"u8))
                {
                    reader.Read();
                    ReceivedAt = ReadTimestamp(ref reader);
                }
                else if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    message = line.Slice(start, (int)reader.BytesConsumed - start);
                }
                else if (reader.ValueTextEquals("raw"u8))
                {
                    reader.Read();
                    message = Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            LineError = ReceivedAt is null ? "'receivedAt' is missing or not a time"
                : message is null ? "'message' is missing"
                : null;
            Message = LineError is null ? message!.Value : default;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            LineError = ex.Message;
            ReceivedAt = null;
        }
    }

    private static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        // The recorder writes UTC with a Z, which the JSON reader parses without allocating; any other text is read
        // with an offset if it has one and as UTC if not, never as local time.
        if (!reader.ValueIsEscaped && reader.ValueSpan.Length > 0 && reader.ValueSpan[reader.ValueSpan.Length - 1] == (byte)'Z'
            && reader.TryGetDateTimeOffset(out var utc))
        {
            return utc;
        }

        return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
    }
}
