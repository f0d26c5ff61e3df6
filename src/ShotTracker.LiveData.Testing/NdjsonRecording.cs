using System.Globalization;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing;

/// <summary>
/// A recording read from NDJSON written by <see cref="NdjsonRecorder"/>: the messages with their receive times, ready
/// for <see cref="LiveDataEmulatorOptions.Replay"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class NdjsonRecording
{
    private const string SampleResource = "ShotTracker.LiveData.Testing.Recordings.sample-game.ndjson";

    private NdjsonRecording(IReadOnlyList<RecordedMessage> messages)
    {
        Messages = messages;
    }

    /// <summary>Gets the recorded messages in file order.</summary>
    public IReadOnlyList<RecordedMessage> Messages { get; }

    /// <summary>Gets the time from the first message to the last.</summary>
    public TimeSpan Duration => Messages.Count < 2 ? TimeSpan.Zero : Messages[^1].ReceivedAt - Messages[0].ReceivedAt;

    /// <summary>
    /// Opens the small recorded game shipped with this package: two 45-second halves of a synthetic game (seed 2026),
    /// every source, location at 1 Hz.
    /// </summary>
    /// <returns>The recording.</returns>
    public static NdjsonRecording OpenSampleGame()
    {
        using var stream = typeof(NdjsonRecording).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The embedded recording '{SampleResource}' is missing.");
        return Load(stream);
    }

    /// <summary>Reads a recording from <paramref name="stream"/> to its end.</summary>
    /// <param name="stream">NDJSON, one message per line; blank lines are skipped.</param>
    /// <returns>The recording.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not a recorded message; the message names the line.</exception>
    /// <remarks>The whole recording is kept in memory; to play a large file, use <see cref="NdjsonReplayClient"/>, which streams it.</remarks>
    public static NdjsonRecording Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAllAsync(stream, leaveOpen: true, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Reads a recording from a file.</summary>
    /// <param name="path">The NDJSON file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The recording.</returns>
    /// <exception cref="FormatException">A line is not a recorded message; the message names the line.</exception>
    public static async Task<NdjsonRecording> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, useAsync: true);
        return await ReadAllAsync(file, leaveOpen: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a recording from NDJSON bytes.</summary>
    /// <param name="utf8Ndjson">The whole file.</param>
    /// <returns>The recording.</returns>
    /// <exception cref="FormatException">A line is not a recorded message; the message names the line.</exception>
    public static NdjsonRecording Parse(ReadOnlyMemory<byte> utf8Ndjson) =>
        Load(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(utf8Ndjson, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(utf8Ndjson.ToArray(), writable: false));

    /// <summary>Turns a synthetic game into a recording, as a client receiving it in real time would have recorded it.</summary>
    /// <param name="game">The game.</param>
    /// <param name="startTime">The receive time of the first message.</param>
    /// <returns>The recording.</returns>
    public static NdjsonRecording FromGame(SyntheticGame game, DateTimeOffset startTime)
    {
        ArgumentNullException.ThrowIfNull(game);
        return new NdjsonRecording(game.Messages.Select(m => new RecordedMessage(startTime + m.Offset, m.Utf8Json)).ToList());
    }

    /// <summary>Writes the recording as NDJSON, byte-for-byte as <see cref="NdjsonRecorder"/> would.</summary>
    /// <param name="destination">The stream to write to.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when every line is written.</returns>
    public async Task SaveAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var recorder = new NdjsonRecorder(destination, leaveOpen: true);
        await using var disposeRecorder = recorder.ConfigureAwait(false);
        foreach (var message in Messages)
        {
            await recorder.RecordAsync(message.Utf8Json, message.ReceivedAt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Gets the messages as an emulator timeline: offsets counted from the first message, <c>source</c> and <c>seq</c>
    /// read from each envelope. Pongs (answers to the recording client's own pings) are left out.
    /// </summary>
    /// <returns>The timeline, in recording order.</returns>
    public IReadOnlyList<EmulatedMessage> ToTimeline()
    {
        var timeline = new List<EmulatedMessage>(Messages.Count);
        var offset = TimeSpan.Zero;
        foreach (var message in Messages)
        {
            var (type, source, seq) = ReadEnvelope(message.Utf8Json.Span);
            if (type == "pong")
            {
                continue;
            }

            var at = message.ReceivedAt - Messages[0].ReceivedAt;
            offset = at > offset ? at : offset;
            timeline.Add(new EmulatedMessage(offset, source, seq, message.Utf8Json));
        }

        return timeline;
    }

    /// <summary>Reads every line with the core package's reader (one parser of the format), failing on the first bad one.</summary>
    private static async ValueTask<NdjsonRecording> ReadAllAsync(Stream stream, bool leaveOpen, CancellationToken cancellationToken)
    {
        var messages = new List<RecordedMessage>();
        using var reader = new NdjsonRecordingReader(stream, leaveOpen);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.LineError is { } error)
            {
                throw new FormatException($"Recording line {reader.LineNumber.ToString(CultureInfo.InvariantCulture)} cannot be read: {error}");
            }

            messages.Add(new RecordedMessage(reader.ReceivedAt!.Value, reader.Message.ToArray()));
        }

        return new NdjsonRecording(messages);
    }

    private static (string? Type, string? Source, long? Sequence) ReadEnvelope(ReadOnlySpan<byte> json)
    {
        string? type = null, source = null;
        long? seq = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "type" when reader.TokenType == JsonTokenType.String: type = reader.GetString(); break;
                    case "source" when reader.TokenType == JsonTokenType.String: source = reader.GetString(); break;
                    case "seq" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var s): seq = s; break;
                    default: reader.Skip(); break;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed frame was recorded: replay it as it came, with no source or sequence.
        }

        return (type, source, seq);
    }
}
