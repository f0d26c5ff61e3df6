using System.Text;
using CsCheck;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// CsCheck generators of hostile messages: every source's full-field fixture mutated at token boundaries (values
/// replaced by every JSON type, invalid UTF-8, lone and reversed surrogate escapes, out-of-range and overflowing
/// numbers, deep nesting and very long strings; members duplicated, reordered or inserted) and at random bytes
/// (flips, insertions, deletions, truncation), plus some purely random bytes.
/// </summary>
internal static class FrameFuzzer
{
    public static readonly string[] FixtureNames =
    [
        "marker.json", "broadcastsummary.json", "boxscorestatsv2.json", "chart.json", "possessions.json",
        "possessionstats.json", "lineupstats.json", "location.json", "clock.json",
    ];

    private static readonly FrameLayout[] Layouts = FixtureNames.Select(n => FrameLayout.Of(Fixtures.LoadBytes(n))).ToArray();

    /// <summary>Values that replace a field's value: every JSON type, and the edge cases of each.</summary>
    private static readonly byte[][] Values =
    [
        .. Ascii(
            "null", "true", "false", "{}", "[]", "[null]", "{\"a\":1}", "[1,\"a\",{},[]]", "\"\"", "\"x\"", "\"Q2\"",
            "0", "-0", "1", "-1", "1.5", "3.0", "0.1", "1E+2", "1e15", "1e400", "-1e400", "1e-400", "-1e-400",
            "1.7976931348623157e308", "1.8e308", "4.9e-324", "2147483647", "2147483648", "-2147483649", "4294967296",
            "9007199254740993", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "0.30000000000000004",
            "\"1e400\"", "\"-1e400\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"9223372036854775808\"", "\"12\"",
            "\"1.5\"", "\" 7 \"", "\"0x10\"",
            "\"\\ud800\"", "\"\\udc00\"", "\"\\udc00\\ud800\"", "\"a\\ud800b\"", "\"\\ud800\\ud800\"", "\"\\ud83d\\ude00\"",
            "\"\\u0000\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "[\"\\ud800\"]", "{\"\\udfff\":1}", "{\"a\":1e400}", "[1e400]"),
        .. Raw(
            [(byte)'"', 0xFF, (byte)'"'], [(byte)'"', 0xC3, 0x28, (byte)'"'], [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'],
            [(byte)'"', 0xC0, 0xAF, (byte)'"'], [(byte)'"', 0xF4, 0x90, 0x80, 0x80, (byte)'"'], [(byte)'"', 0xE2, 0x82, (byte)'"'],
            [(byte)'"', (byte)'a', 0x80, (byte)'"'], [(byte)'[', (byte)'"', 0xFE, (byte)'"', (byte)']'],
            [(byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
            [(byte)'"', 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x8F, 0x80, (byte)'"']),
        Nest("[", "]", 10), Nest("[", "]", 62), Nest("[", "]", 63), Nest("[", "]", 64), Nest("[", "]", 65), Nest("[", "]", 1000),
        Nest("{\"a\":", "}", 30), Nest("{\"a\":", "}", 63), Nest("{\"a\":", "}", 64), Nest("{\"a\":", "}", 200),
        Encoding.ASCII.GetBytes("\"" + new string('a', 5_000) + "\""),
        Encoding.ASCII.GetBytes("\"" + string.Concat(Enumerable.Repeat("\\u00e9", 2_000)) + "\""),
        Encoding.ASCII.GetBytes(new string('9', 3_000)),
    ];

    /// <summary>Members inserted into an object: envelope properties again, and names that are not valid text.</summary>
    private static readonly byte[][] Members =
    [
        .. Ascii(
            "\"source\":\"clock\"", "\"source\":\"chart\"", "\"source\":\"location\"", "\"source\":null", "\"source\":\"nope\"",
            "\"type\":\"pong\"", "\"type\":\"data\"", "\"type\":\"other\"", "\"type\":\"\\ud800\"", "\"source\":\"\\udc00\"",
            "\"data\":{}", "\"data\":[]", "\"data\":null", "\"seq\":1e400", "\"seq\":\"\\ud800\"", "\"seq\":9223372036854775808",
            "\"seq\":-1", "\"seq\":\"7\"", "\"seq\":7.0", "\"extra\":1e400", "\"extra\":\"\\ud800\"", "\"\\ud800\":1",
            "\"\\udc00\\ud800\":{}", "\"a\":1", "\"a\":2"),
        .. Raw(
            [(byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1'],
            [(byte)'"', (byte)'x', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"'],
            [(byte)'"', (byte)'s', (byte)'o', (byte)'u', (byte)'r', (byte)'c', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"'],
            [(byte)'"', (byte)'t', (byte)'y', (byte)'p', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"']),
    ];

    /// <summary>Fragments inserted inside a string or anywhere: escapes, bytes that are not UTF-8, structure.</summary>
    private static readonly byte[][] Fragments =
    [
        .. Ascii("\\ud800", "\\udc00", "\\udc00\\ud800", "\\ud800\\u0041", "\\u", "\\", "\"", "{", "}", "[", "]", ",", ":", "\\u0000", "1e400"),
        .. Raw([0xFF], [0xC3], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00], [0x1F], [0xF0, 0x9F, 0x98]),
    ];

    private static readonly Gen<Mutation> Structural =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (k, a, b) => new Mutation(k, a, b));

    private static readonly Gen<Mutation> Bytewise =
        Gen.Select(Gen.Int[5, 9], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (k, a, b) => new Mutation(k, a, b));

    /// <summary>Gets the generator of hostile messages: nine in ten mutated fixtures, one in ten random bytes.</summary>
    public static Gen<byte[]> Frames { get; } = Gen.Frequency(
        (9, Gen.Select(Gen.Int[0, FixtureNames.Length - 1], Structural.Array[0, 2], Bytewise.Array[0, 2], Mutate)),
        (1, Gen.Byte.Array[0, 96]));

    /// <summary>Gets mutated copies of one fixture only, for a reader whose fixture is a small share of <see cref="Frames"/>.</summary>
    public static Gen<byte[]> FramesOf(string fixture)
    {
        var index = Array.IndexOf(FixtureNames, fixture);
        return Gen.Select(Structural.Array[0, 2], Bytewise.Array[0, 2], (structural, bytewise) => Mutate(index, structural, bytewise));
    }

    /// <summary>Shows a frame as ASCII, with every other byte as <c>\xNN</c>, for failure reports and regression tests.</summary>
    public static string Print(byte[] frame)
    {
        var text = new StringBuilder();
        foreach (var b in frame.Length > 4_000 ? frame.AsSpan(0, 4_000) : frame)
        {
            _ = b is >= 0x20 and < 0x7F and not (byte)'\\' ? text.Append((char)b) : text.Append($"\\x{b:X2}");
        }

        return frame.Length > 4_000 ? $"{text}... ({frame.Length} bytes)" : text.ToString();
    }

    /// <summary>Reads the notation of <see cref="Print"/> back: <c>\xNN</c> is one byte, everything else is ASCII.</summary>
    public static byte[] Parse(string printed)
    {
        var bytes = new List<byte>(printed.Length);
        for (var i = 0; i < printed.Length; i++)
        {
            if (printed[i] == '\\' && i + 3 < printed.Length && printed[i + 1] == 'x')
            {
                bytes.Add(Convert.ToByte(printed.Substring(i + 2, 2), 16));
                i += 3;
            }
            else
            {
                bytes.Add((byte)printed[i]);
            }
        }

        return bytes.ToArray();
    }

    private static byte[] Mutate(int fixture, Mutation[] structural, Mutation[] bytewise)
    {
        var layout = Layouts[fixture];
        var frame = layout.Bytes;

        // Token-aware edits use offsets in the original message: apply at most one, then corrupt bytes freely.
        if (structural.Length > 0)
        {
            frame = Apply(layout, structural[0]);
        }

        foreach (var m in bytewise)
        {
            frame = ApplyBytewise(frame, m);
        }

        return frame;
    }

    private static byte[] Apply(FrameLayout layout, Mutation m)
    {
        var bytes = layout.Bytes;
        switch (m.Kind)
        {
            case 0: // Replace a value with one of every JSON type or an edge case.
                var (start, end) = layout.Values[m.A % layout.Values.Count];
                return Splice(bytes, start, end, Values[m.B % Values.Length]);
            case 1: // Corrupt the text of a string or property name, right after its opening quote.
                var quote = layout.Strings[m.A % layout.Strings.Count];
                return Splice(bytes, quote + 1, quote + 1, Fragments[m.B % Fragments.Length]);
            case 2: // Duplicate a member: the same again, or the same name with another value.
                var member = layout.Members[m.A % layout.Members.Count];
                var copy = bytes.AsSpan(member.Start, member.End - member.Start).ToArray();
                if (m.B % 2 == 1)
                {
                    var colon = Array.IndexOf(copy, (byte)':');
                    copy = [.. copy.AsSpan(0, colon + 1), .. Values[m.B / 2 % Values.Length]];
                }

                return Splice(bytes, member.End, member.End, [(byte)',', .. copy]);
            case 3: // Swap two members of the same object.
                var first = layout.Members[m.A % layout.Members.Count];
                var siblings = layout.Members.Where(x => x.Object == first.Object).ToArray();
                var second = siblings[m.B % siblings.Length];
                if (second.Start == first.Start)
                {
                    return bytes;
                }

                var (a, b) = first.Start < second.Start ? (first, second) : (second, first);
                return [.. bytes.AsSpan(0, a.Start), .. bytes.AsSpan(b.Start, b.End - b.Start), .. bytes.AsSpan(a.End, b.Start - a.End),
                    .. bytes.AsSpan(a.Start, a.End - a.Start), .. bytes.AsSpan(b.End)];
            default: // Insert a member at the start of an object.
                var (open, hasMembers) = layout.Objects[m.A % layout.Objects.Count];
                var inserted = Members[m.B % Members.Length];
                return Splice(bytes, open + 1, open + 1, hasMembers ? [.. inserted, (byte)','] : inserted);
        }
    }

    private static byte[] ApplyBytewise(byte[] bytes, Mutation m)
    {
        var at = bytes.Length == 0 ? 0 : m.A % bytes.Length;
        switch (m.Kind)
        {
            case 5 when bytes.Length > 0: // Flip bits of one byte.
                var flipped = (byte[])bytes.Clone();
                flipped[at] ^= (byte)(1 + (m.B % 255));
                return flipped;
            case 6: // Insert one random byte.
                return Splice(bytes, at, at, [(byte)m.B]);
            case 7: // Delete a short run.
                return Splice(bytes, at, Math.Min(bytes.Length, at + 1 + (m.B % 8)), []);
            case 8: // Truncate.
                return bytes.AsSpan(0, at).ToArray();
            default: // Insert a fragment anywhere.
                return Splice(bytes, at, at, Fragments[m.B % Fragments.Length]);
        }
    }

    private static byte[] Splice(byte[] bytes, int start, int end, ReadOnlySpan<byte> replacement) =>
        [.. bytes.AsSpan(0, start), .. replacement, .. bytes.AsSpan(end)];

    private static IEnumerable<byte[]> Ascii(params string[] values) => values.Select(Encoding.ASCII.GetBytes);

    private static IEnumerable<byte[]> Raw(params byte[][] values) => values;

    private static byte[] Nest(string open, string close, int depth) =>
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)));

    private readonly record struct Mutation(int Kind, int A, int B);
}
