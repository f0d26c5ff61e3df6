using System.Text.Json;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// Where the values, members, objects and strings of a valid JSON message are, by byte offset, so that a fuzzer
/// can replace, duplicate, reorder or corrupt them at token boundaries instead of only at random bytes.
/// </summary>
internal sealed class FrameLayout
{
    private FrameLayout(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    /// <summary>Gets every value (property values, array elements and the root): start and end offset.</summary>
    public List<(int Start, int End)> Values { get; } = [];

    /// <summary>Gets every object member (<c>"name":value</c>): the object it belongs to, start and end offset.</summary>
    public List<(int Object, int Start, int End)> Members { get; } = [];

    /// <summary>Gets every object: the offset of its <c>{</c> and whether it has members.</summary>
    public List<(int Open, bool HasMembers)> Objects { get; } = [];

    /// <summary>Gets the offset of the opening quote of every string and property name.</summary>
    public List<int> Strings { get; } = [];

    public static FrameLayout Of(byte[] json)
    {
        var layout = new FrameLayout(json);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        layout.Scan(ref reader, memberStart: -1, owner: -1);
        return layout;
    }

    private void Scan(ref Utf8JsonReader reader, int memberStart, int owner)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var id = Objects.Count;
                Objects.Add((start, false));
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    Objects[id] = (start, true);
                    var nameStart = (int)reader.TokenStartIndex;
                    Strings.Add(nameStart);
                    reader.Read();
                    Scan(ref reader, nameStart, id);
                }

                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Scan(ref reader, memberStart: -1, owner: -1);
                }

                break;
            case JsonTokenType.String:
                Strings.Add(start);
                break;
        }

        var end = (int)reader.BytesConsumed;
        Values.Add((start, end));
        if (memberStart >= 0)
        {
            Members.Add((owner, memberStart, end));
        }
    }
}
