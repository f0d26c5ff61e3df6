using System.Globalization;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Builds the name list of a reader's table from its field enum, so that the table is the one place where a wire name
/// meets its field: a reader switches on <c>case (int)Field.SeasonStats:</c> where it would otherwise switch on a position.
/// </summary>
/// <remarks>
/// The cast is on the constant, not on the switched value: <c>switch ((Field)field)</c> makes the compiler copy the value
/// into a temporary first, while <c>case (int)Field.X:</c> compiles to exactly the IL of <c>case 3:</c>.
/// </remarks>
internal static class FieldNames
{
    /// <summary>
    /// Returns the wire names ordered by their field's value (a field's value is its index in a
    /// <see cref="PropertyTable"/>, so the enum is declared in the order the service sends the fields).
    /// </summary>
    /// <exception cref="ArgumentException">A field of <typeparamref name="TField"/> has no name or two, or a name is given twice.</exception>
    public static string[] Of<TField>(params (TField Field, string Name)[] fields)
        where TField : struct, Enum
    {
        // Runs once per table, in a type initializer: a mismatch fails the first read of that payload, and the tests.
        var count = Enum.GetNames(typeof(TField)).Length;
        if (fields.Length != count)
        {
            throw new ArgumentException($"{typeof(TField).Name} has {count} fields but {fields.Length} names.", nameof(fields));
        }

        var names = new string[count];
        foreach (var (field, name) in fields)
        {
            var index = Convert.ToInt32(field, CultureInfo.InvariantCulture);
            if ((uint)index >= (uint)count || names[index] is not null)
            {
                throw new ArgumentException($"{typeof(TField).Name}.{field} is not numbered 0 to {count - 1} or is named twice.", nameof(fields));
            }

            if (Array.IndexOf(names, name) >= 0)
            {
                throw new ArgumentException($"The name '{name}' is given to two fields of {typeof(TField).Name}.", nameof(fields));
            }

            names[index] = name;
        }

        return names;
    }
}
