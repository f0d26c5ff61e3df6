using System.Text.Json;
using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// One made or missed shot in <see cref="ShotLocations"/>: where it was taken (x and y in millimetres from the
/// hoop), the ball's peak height, its entry angle, depth and velocity.
/// </summary>
/// <remarks>
/// <para>
/// The documentation names these values but not the element's shape, so the element is kept exactly as sent in
/// <see cref="RawValue"/>: it always parses and is written back unchanged. The typed accessors are best effort:
/// they read an array form by position (<c>[x, y, peakHeight, entryAngle, depth, velocity]</c>) or an object form
/// by the usual key spellings, ignoring case (<c>x</c>; <c>y</c>; <c>peak_height</c>, <c>peakHeight</c> or
/// <c>height</c>; <c>entry_angle</c>, <c>entryAngle</c> or <c>angle</c>; <c>depth</c>; <c>velocity</c> or
/// <c>speed</c>), accepting numbers and numeric strings. A value they cannot find is <see langword="null"/>.
/// </para>
/// <para>Two instances are equal when their JSON values are deeply equal.</para>
/// </remarks>
[JsonConverter(typeof(ShotLocationConverter))]
public sealed record ShotLocation
{
    private static readonly string[] XNames = ["x"];
    private static readonly string[] YNames = ["y"];
    private static readonly string[] PeakHeightNames = ["peak_height", "peakHeight", "height"];
    private static readonly string[] EntryAngleNames = ["entry_angle", "entryAngle", "angle"];
    private static readonly string[] DepthNames = ["depth"];
    private static readonly string[] VelocityNames = ["velocity", "speed"];

    /// <summary>Initializes a new instance from the JSON value of one <c>make</c> or <c>miss</c> element.</summary>
    /// <param name="rawValue">The element as sent; it is cloned, so it may come from a document that is later disposed.</param>
    /// <exception cref="ArgumentException"><paramref name="rawValue"/> is <see langword="default"/> (it holds no value).</exception>
    public ShotLocation(JsonElement rawValue)
    {
        if (rawValue.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("The element holds no JSON value.", nameof(rawValue));
        }

        RawValue = rawValue.Clone();
    }

    /// <summary>Gets the element of <c>make</c> or <c>miss</c> exactly as sent; its shape is undocumented.</summary>
    public JsonElement RawValue { get; }

    /// <summary>Gets the x coordinate in millimetres from the hoop (array position 0, or key <c>x</c>).</summary>
    public double? X => Read(0, XNames);

    /// <summary>Gets the y coordinate in millimetres from the hoop (array position 1, or key <c>y</c>).</summary>
    public double? Y => Read(1, YNames);

    /// <summary>Gets the ball's peak height (array position 2, or key <c>peak_height</c>, <c>peakHeight</c> or <c>height</c>).</summary>
    public double? PeakHeight => Read(2, PeakHeightNames);

    /// <summary>Gets the ball's entry angle (array position 3, or key <c>entry_angle</c>, <c>entryAngle</c> or <c>angle</c>).</summary>
    public double? EntryAngle => Read(3, EntryAngleNames);

    /// <summary>Gets the shot's depth (array position 4, or key <c>depth</c>).</summary>
    public double? Depth => Read(4, DepthNames);

    /// <summary>Gets the ball's velocity (array position 5, or key <c>velocity</c> or <c>speed</c>).</summary>
    public double? Velocity => Read(5, VelocityNames);

    /// <summary>Determines whether <paramref name="other"/> holds a deeply equal JSON value.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when both JSON values are deeply equal.</returns>
    public bool Equals(ShotLocation? other) =>
        other is not null && (ReferenceEquals(this, other) || JsonElement.DeepEquals(RawValue, other.RawValue));

    /// <summary>Returns a hash code consistent with <see cref="Equals(ShotLocation)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => RawValue.ValueKind switch
    {
        JsonValueKind.Array => RawValue.GetArrayLength(),
        _ => (int)RawValue.ValueKind,
    };

    private double? Read(int position, string[] names)
    {
        switch (RawValue.ValueKind)
        {
            case JsonValueKind.Array:
                return position < RawValue.GetArrayLength() ? JsonValues.ReadDouble(RawValue[position]) : null;
            case JsonValueKind.Object:
                // The first spelling found wins, in the order listed, so "peak_height" beats a plain "height".
                foreach (var name in names)
                {
                    foreach (var property in RawValue.EnumerateObject())
                    {
                        if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                        {
                            return JsonValues.ReadDouble(property.Value);
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
