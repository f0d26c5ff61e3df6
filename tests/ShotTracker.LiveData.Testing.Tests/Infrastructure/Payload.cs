using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Tests;

/// <summary>An envelope read with <see cref="JsonDocument"/>, independently of the SDK, for checking field values.</summary>
internal sealed record Payload(string? Type, string? Source, long? Sequence, JsonElement Data)
{
    public static Payload Parse(EmulatedMessage message) => Parse(message.Utf8Json);

    public static Payload Parse(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new Payload(
            root.TryGetProperty("type", out var type) ? type.GetString() : null,
            root.TryGetProperty("source", out var source) ? source.GetString() : null,
            root.TryGetProperty("seq", out var seq) ? seq.GetInt64() : null,
            root.TryGetProperty("data", out var data) ? data.Clone() : default);
    }
}
