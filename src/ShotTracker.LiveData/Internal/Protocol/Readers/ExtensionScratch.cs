using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>
/// A per-thread dictionary that gathers the unknown properties of one object, so that the dictionary returned is
/// allocated once at its final size instead of growing three times on the way (a team line of a broadcast summary
/// carries three dozen per-possession-type fields).
/// </summary>
/// <remarks>
/// Only for an object whose value cannot hold another object that uses it (a team line): one scratch per thread.
/// The scratch is cleared when rented and when copied; after a parse that failed it keeps that team line's raw
/// values until the next team line read on the thread.
/// </remarks>
internal static class ExtensionScratch
{
    [ThreadStatic]
    private static Dictionary<string, JsonElement>? t_scratch;

    /// <summary>Returns the thread's scratch dictionary, empty.</summary>
    public static Dictionary<string, JsonElement> Rent()
    {
        var scratch = t_scratch ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        scratch.Clear();
        return scratch;
    }

    /// <summary>
    /// Returns an exactly sized copy of <paramref name="scratch"/> in the same order, or <see langword="null"/> when it
    /// is empty (as the generated converter leaves a record without unknown properties), and empties the scratch.
    /// </summary>
    public static Dictionary<string, JsonElement>? Complete(Dictionary<string, JsonElement> scratch)
    {
        if (scratch.Count == 0)
        {
            return null;
        }

        var copy = new Dictionary<string, JsonElement>(scratch, StringComparer.Ordinal);
        scratch.Clear();
        return copy;
    }
}
