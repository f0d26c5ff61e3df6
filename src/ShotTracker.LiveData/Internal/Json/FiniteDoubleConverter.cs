using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Reads a <see cref="double"/> from a number or a numeric string, and rejects values outside the range of a
/// double (<c>1e400</c> reads as infinity) and the named literals, which JSON cannot carry and no writer can write.
/// </summary>
internal sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FiniteDouble.Read(ref reader) ?? throw new JsonException($"Expected a number but found {JsonTokenNames.Describe(reader.TokenType)}.");

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}

/// <summary>The reading rule shared by <see cref="FiniteDoubleConverter"/> and the hand-written converters.</summary>
internal static class FiniteDouble
{
    /// <summary>Returns the finite value of a number or numeric string, <see langword="null"/> for another token type.</summary>
    /// <exception cref="JsonException">The value is not a number or does not fit a double.</exception>
    public static double? Read(ref Utf8JsonReader reader)
    {
        double value;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (!reader.TryGetDouble(out value) || !IsFinite(value))
                {
                    throw new JsonException($"The number {JsonTokenNames.NumberText(ref reader)} is out of range for a double.");
                }

                return value;
            case JsonTokenType.String:
                var text = JsonText.GetString(ref reader);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !IsFinite(value))
                {
                    throw new JsonException($"The string {JsonTokenNames.Quote(text)} is not a finite number.");
                }

                return value;
            default:
                return null;
        }
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
