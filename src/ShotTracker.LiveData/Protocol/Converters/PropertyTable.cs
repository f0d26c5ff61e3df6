namespace ShotTracker.LiveData.Protocol.Converters;

/// <summary>
/// The JSON property names of one model, matched to their index without allocating. Properties usually arrive in
/// the documented order, so the name after the last match is tried first: one comparison per property on the hot path.
/// </summary>
internal sealed class PropertyTable
{
    private readonly string[] _text;
    private readonly byte[][] _names;
    private readonly int[][] _byLength;

    /// <param name="names">The names, in the order the service sends them; a name's index is its field number.</param>
    public PropertyTable(params string[] names)
    {
        _text = names;
        _names = names.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        _byLength = new int[_names.Max(n => n.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = Enumerable.Range(0, _names.Length).Where(i => _names[i].Length == length).ToArray();
        }
    }

    /// <summary>Gets the path of field <paramref name="field"/> in a payload root, for error messages.</summary>
    public JsonPath Path(int field) => JsonPath.Root(_text[field]);

    /// <summary>Returns the index of <paramref name="name"/>, or -1 when it is not in the table.</summary>
    /// <param name="name">The unescaped property name.</param>
    /// <param name="last">The index matched last in this object (-1 at its start); updated on a match.</param>
    public int Match(ReadOnlySpan<byte> name, ref int last)
    {
        var next = last + 1;
        if (next < _names.Length && name.SequenceEqual(_names[next]))
        {
            return last = next;
        }

        if (name.Length < _byLength.Length)
        {
            foreach (var candidate in _byLength[name.Length])
            {
                if (name.SequenceEqual(_names[candidate]))
                {
                    return last = candidate;
                }
            }
        }

        return -1;
    }
}
