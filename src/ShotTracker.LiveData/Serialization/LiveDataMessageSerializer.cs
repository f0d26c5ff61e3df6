using System.Buffers;
using System.Text;
using System.Text.Json;
using ShotTracker.LiveData.Internal;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData;

/// <summary>
/// Turns Live Data V2 messages (UTF-8 JSON envelopes) into typed <see cref="LiveDataEvent"/>s and back.
/// </summary>
/// <remarks>
/// <para>
/// Reading makes one forward pass over the envelope and deserializes the payload straight from the same reader
/// when <c>source</c> precedes <c>data</c> (the usual order). When <c>data</c> comes first, its bytes are
/// skipped and read once the source is known; no intermediate <see cref="JsonDocument"/> is built.
/// </para>
/// <para>
/// Writing produces <c>{"type":"data","source":…,"seq":…,"data":{…}}</c> with every property the message had,
/// including ones this SDK has no typed property for. Null-valued payload properties are omitted.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static partial class LiveDataMessageSerializer
{
    /// <summary>Reads one message.</summary>
    /// <param name="utf8Json">The complete message as UTF-8 JSON.</param>
    /// <returns>
    /// A typed event for a known source, <see cref="PongEvent"/> for a pong, or an <see cref="UnknownLiveDataEvent"/>
    /// holding the raw JSON for an unknown <c>type</c> or <c>source</c>.
    /// </returns>
    /// <exception cref="LiveDataProtocolException">
    /// The message is not valid JSON, its root is not an object, it has no <c>type</c>, or its payload does not
    /// fit the documented shape of its source: a string that is not valid UTF-8 or holds a lone surrogate escape,
    /// a number out of range for its property (<c>1e400</c> for a double), a value of another JSON type. The
    /// exception keeps the raw message and says where reading stopped.
    /// </exception>
    /// <remarks>
    /// Total: for any bytes this returns one of the events above or throws <see cref="LiveDataProtocolException"/>,
    /// never another exception. Every event it returns can be written with <see cref="SerializeToUtf8Bytes"/>, and
    /// reading what was written gives an equal event. A property repeated in a message is read again; the last wins.
    /// </remarks>
    public static LiveDataEvent Deserialize(ReadOnlySpan<byte> utf8Json) => EnvelopeReader.Read(utf8Json);

    /// <summary>Reads one message given as a string.</summary>
    /// <param name="json">The complete message.</param>
    /// <returns>The event; see <see cref="Deserialize(ReadOnlySpan{byte})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveDataProtocolException">The message cannot be read.</exception>
    public static LiveDataEvent Deserialize(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Deserialize(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Writes <paramref name="liveDataEvent"/> as a complete message to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="liveDataEvent">The event to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Serialize(Utf8JsonWriter writer, LiveDataEvent liveDataEvent)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (liveDataEvent is null)
        {
            throw new ArgumentNullException(nameof(liveDataEvent));
        }

        EnvelopeWriter.Write(writer, liveDataEvent);
    }

    /// <summary>Writes <paramref name="liveDataEvent"/> as a complete message to <paramref name="destination"/>.</summary>
    /// <param name="destination">The buffer to append the UTF-8 JSON to.</param>
    /// <param name="liveDataEvent">The event to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Serialize(IBufferWriter<byte> destination, LiveDataEvent liveDataEvent)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        using var writer = new Utf8JsonWriter(destination);
        Serialize(writer, liveDataEvent);
    }

    /// <summary>Writes <paramref name="liveDataEvent"/> as a complete message.</summary>
    /// <param name="liveDataEvent">The event to write.</param>
    /// <returns>The message as UTF-8 JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="liveDataEvent"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(LiveDataEvent liveDataEvent)
    {
        using var buffer = new PooledByteBufferWriter(1024);
        Serialize(buffer, liveDataEvent);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="liveDataEvent"/> as a complete message string.</summary>
    /// <param name="liveDataEvent">The event to write.</param>
    /// <returns>The message as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="liveDataEvent"/> is <see langword="null"/>.</exception>
    public static string SerializeToString(LiveDataEvent liveDataEvent) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(liveDataEvent));
}
