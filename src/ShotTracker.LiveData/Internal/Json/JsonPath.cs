namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Where a hand-written converter is reading, kept as parts so that the path string is built only when an
/// error needs it, never on the hot path.
/// </summary>
internal readonly struct JsonPath
{
    private readonly string? _array;
    private readonly int _index;
    private readonly string _property;

    private JsonPath(string? array, int index, string property)
    {
        _array = array;
        _index = index;
        _property = property;
    }

    /// <summary>A property of the payload root, for example <c>$.gcms</c>.</summary>
    public static JsonPath Root(string property) => new(null, -1, property);

    /// <summary>A property of an element of a root array, for example <c>$.locations[3].x</c>.</summary>
    public static JsonPath Element(string array, int index, string property) => new(array, index, property);

    public override string ToString() => _array is null
        ? $"$.{_property}"
        : $"$.{_array}[{_index.ToString(System.Globalization.CultureInfo.InvariantCulture)}].{_property}";
}
