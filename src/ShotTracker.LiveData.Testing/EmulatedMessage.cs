using System.Text;

namespace ShotTracker.LiveData.Testing;

/// <summary>One message of a game's timeline, as the emulator sends it.</summary>
/// <param name="Offset">When the message is due, counted from the first message of the game.</param>
/// <param name="Source">The envelope's <c>source</c> (a wire name such as <c>chart</c>), or <see langword="null"/> when it has none.</param>
/// <param name="Sequence">The envelope's <c>seq</c>, present for the six sequenced sources.</param>
/// <param name="Utf8Json">The complete envelope, <c>{"type":"data","source":…,"seq":…,"data":{…}}</c>, as UTF-8 JSON.</param>
public sealed record EmulatedMessage(TimeSpan Offset, string? Source, long? Sequence, ReadOnlyMemory<byte> Utf8Json)
{
    /// <summary>Gets the envelope as a string.</summary>
    /// <returns>The JSON text.</returns>
    public string GetJson() => Encoding.UTF8.GetString(Utf8Json.Span);

    /// <inheritdoc />
    public override string ToString() => $"{Offset} {Source} seq={Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ({Utf8Json.Length} bytes)";
}
