using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// The JSON property names of one model, matched to their index without allocating. Properties usually arrive in
/// the documented order, so the name after the last match is tried first: one comparison per property on the hot path.
/// </summary>
/// <remarks>
/// Names are compared by their <see cref="Utf8Key"/> (three integers; names of up to 16 bytes need nothing more), so the
/// expected name costs no call to a span compare.
/// </remarks>
internal sealed class PropertyTable
{
    private readonly string[] _text;
    private readonly byte[][] _names;
    private readonly Utf8Key[] _keys;
    private readonly int[][] _byLength;

    /// <param name="names">The names, in the order the service sends them; a name's index is its field number.</param>
    public PropertyTable(params string[] names)
    {
        _text = names;
        _names = names.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        _keys = _names.Select(n => Utf8Key.Of(n)).ToArray();
        _byLength = new int[_names.Max(n => n.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = Enumerable.Range(0, _names.Length).Where(i => _names[i].Length == length).ToArray();
        }
    }

    /// <summary>Builds the table of a reader's field enum; see <see cref="FieldNames.Of{TField}"/>.</summary>
    public static PropertyTable Of<TField>(params (TField Field, string Name)[] fields)
        where TField : struct, Enum => new(FieldNames.Of(fields));

    /// <summary>Gets the path of field <paramref name="field"/> in a payload root, for error messages.</summary>
    public JsonPath Path(int field) => JsonPath.Root(_text[field]);

    /// <summary>Returns the index of <paramref name="name"/>, or -1 when it is not in the table.</summary>
    /// <param name="name">The unescaped property name.</param>
    /// <param name="last">The index matched last in this object (-1 at its start); updated on a match.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(ReadOnlySpan<byte> name, ref int last)
    {
        var key = Utf8Key.Of(name);
        var next = last + 1;
        var keys = _keys;
        if ((uint)next < (uint)keys.Length && keys[next].Equals(key) && (name.Length <= Utf8Key.ExactLength || name.SequenceEqual(_names[next])))
        {
            return last = next;
        }

        return MatchByLength(name, key, ref last);
    }

    private int MatchByLength(ReadOnlySpan<byte> name, Utf8Key key, ref int last)
    {
        if (name.Length < _byLength.Length)
        {
            foreach (var candidate in _byLength[name.Length])
            {
                if (_keys[candidate].Equals(key) && (name.Length <= Utf8Key.ExactLength || name.SequenceEqual(_names[candidate])))
                {
                    return last = candidate;
                }
            }
        }

        return -1;
    }
}
