using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// The contract of <see cref="LiveDataMessageSerializer.Deserialize(ReadOnlySpan{byte})"/> for any bytes: a typed
/// event, a <see cref="PongEvent"/>, an <see cref="UnknownLiveDataEvent"/> or a <see cref="LiveDataProtocolException"/>
/// that keeps the bytes, and nothing else; an accepted event writes again without throwing, and what it writes
/// reads back to an equal event.
/// </summary>
internal static class ParserContract
{
    /// <summary>Throws when <paramref name="frame"/> breaks the contract; any other exception escaping is a break too.</summary>
    /// <returns><see langword="true"/> when the frame was accepted, <see langword="false"/> when it was rejected.</returns>
    public static bool Check(byte[] frame)
    {
        LiveDataEvent parsed;
        try
        {
            parsed = LiveDataMessageSerializer.Deserialize(frame);
        }
        catch (LiveDataProtocolException ex)
        {
            if (string.IsNullOrWhiteSpace(ex.Message) || !ex.RawMessage.Span.SequenceEqual(frame))
            {
                throw new Xunit.Sdk.XunitException("A rejection must say why and keep the raw message.");
            }

            return false;
        }

        if (parsed is InvalidLiveDataEvent)
        {
            throw new Xunit.Sdk.XunitException("Deserialize returned an InvalidLiveDataEvent; it must throw instead.");
        }

        // "Equal" concretely: writing the event and reading it back gives an event that is deeply equal, property by
        // property (computed ones included), and that writes exactly the same bytes again.
        var written = LiveDataMessageSerializer.SerializeToUtf8Bytes(parsed);
        var reparsed = LiveDataMessageSerializer.Deserialize(written);
        var rewritten = LiveDataMessageSerializer.SerializeToUtf8Bytes(reparsed);
        if (!written.AsSpan().SequenceEqual(rewritten))
        {
            throw new Xunit.Sdk.XunitException($"Writing is not stable:\n{FrameFuzzer.Print(written)}\n{FrameFuzzer.Print(rewritten)}");
        }

        if (ModelComparer.FirstDifference(parsed, reparsed) is { } difference)
        {
            throw new Xunit.Sdk.XunitException($"The event read back differs at {difference}");
        }

        return true;
    }
}
