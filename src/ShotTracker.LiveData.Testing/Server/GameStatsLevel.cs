using System.Buffers;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Server;

/// <summary>
/// Shrinks a <c>broadcastsummary</c> envelope to <c>broadcast_summary_level=game_stats</c>: the half, quarter and
/// overtime blocks are left out; everything else is kept as it was.
/// </summary>
internal static class GameStatsLevel
{
    public const string Name = "game_stats";

    public static byte[] Shrink(ReadOnlyMemory<byte> envelope)
    {
        using var document = JsonDocument.Parse(envelope);
        var buffer = new ArrayBufferWriter<byte>(envelope.Length / 4);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals("data"u8) && property.Value.ValueKind == JsonValueKind.Object)
                {
                    writer.WriteStartObject("data"u8);
                    foreach (var field in property.Value.EnumerateObject())
                    {
                        if (!IsBreakdown(field.Name))
                        {
                            field.WriteTo(writer);
                        }
                    }

                    writer.WriteEndObject();
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static bool IsBreakdown(string name) =>
        name.EndsWith("_stats", StringComparison.Ordinal) &&
        (name.StartsWith("half_", StringComparison.Ordinal) || name.StartsWith("quarter_", StringComparison.Ordinal) || name.StartsWith("ot_", StringComparison.Ordinal));
}
