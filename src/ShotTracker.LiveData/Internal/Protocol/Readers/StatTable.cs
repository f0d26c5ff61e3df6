using System.Text.Json;
using ShotTracker.LiveData.Internal.Json;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>
/// The fields of one stat object, in the order the service sends them (so the table finds each name on its first
/// try): a reader matches a name to its index in <see cref="Names"/> and switches on <see cref="Fields"/> at it.
/// </summary>
internal sealed class StatTable
{
    /// <summary>Builds the table of <paramref name="fields"/>, in wire order.</summary>
    /// <exception cref="ArgumentException">A field is listed twice.</exception>
    public StatTable(params StatField[] fields)
    {
        // Runs once per table, in a type initializer: a repeated field fails the first read of that payload, and the tests.
        if (fields.Distinct().Count() != fields.Length)
        {
            throw new ArgumentException($"A field is listed twice: {string.Join(", ", fields)}.", nameof(fields));
        }

        Fields = fields;
        Names = new PropertyTable(fields.Select(StatFields.Name).ToArray());
    }

    /// <summary>Gets the field at each index of <see cref="Names"/>.</summary>
    public StatField[] Fields { get; }

    /// <summary>Gets the table the reader matches names against.</summary>
    public PropertyTable Names { get; }

    /// <summary>
    /// Reads the object's properties up to the next field of the line's own, reading every field all stat lines share
    /// into <paramref name="shared"/> on the way; <see langword="false"/> at the end of the object.
    /// </summary>
    public bool NextOwnField(
        ref Utf8JsonReader reader, ref int last, ref Dictionary<string, JsonElement>? extra, ref StatLineValues shared, out StatField field, out JsonPath path)
    {
        while (ObjectReader.Next(ref reader, Names, ref last, out var index, ref extra))
        {
            field = Fields[index];
            path = Names.Path(index);
            if (!StatFields.IsShared(field))
            {
                return true;
            }

            StatFields.Read(ref shared, ref reader, field, path);
        }

        field = default;
        path = default;
        return false;
    }
}
