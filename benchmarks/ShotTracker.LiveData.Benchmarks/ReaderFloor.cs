using System.Text.Json;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>
/// The floor: one <see cref="Utf8JsonReader"/> pass touching every token and decoding every number, with no
/// objects built. No parser that returns typed records can be faster than this.
/// </summary>
internal static class ReaderFloor
{
    public static double Scan(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        double sum = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    sum += reader.GetDouble();
                    break;
                case JsonTokenType.String:
                    sum += reader.ValueSpan.Length;
                    break;
            }
        }

        return sum;
    }
}
