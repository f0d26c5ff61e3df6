using System.Buffers;
using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// One scratch array of <typeparamref name="T"/> per thread, where the array readers gather elements before copying
/// them into an exactly sized array. Cheaper than <see cref="ArrayPool{T}"/> for the three or four small arrays of a
/// payload: no bucket search, and only the used part is cleared.
/// </summary>
/// <remarks>
/// A nested array of the same element type finds the slot taken and rents from the shared pool instead. Every array
/// handed out is 16 times a power of two, so any of them can go back to the pool.
/// </remarks>
internal static class ScratchArray<T>
{
    /// <summary>The length of a first scratch array.</summary>
    public const int InitialLength = 16;

    // Larger arrays go back to the pool rather than stay with the thread for good.
    private const int MaxKeptLength = 1024;

    [ThreadStatic]
    private static T[]? t_array;

    /// <summary>Takes the thread's scratch array (or a pooled one when it is in use).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T[] Take()
    {
        var array = t_array;
        if (array is null)
        {
            return ArrayPool<T>.Shared.Rent(InitialLength);
        }

        t_array = null;
        return array;
    }

    /// <summary>Gives back <paramref name="array"/> with its first <paramref name="used"/> elements set; they are cleared.</summary>
    public static void Return(T[] array, int used)
    {
        Clear(array, used);
        if (t_array is null && array.Length <= MaxKeptLength)
        {
            t_array = array;
        }
        else
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    /// <summary>Returns a scratch array twice as long holding the <paramref name="used"/> elements of <paramref name="full"/>, which is given back.</summary>
    public static T[] Grow(T[] full, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(full.Length * 2);
        full.AsSpan(0, used).CopyTo(larger);
        Clear(full, used);
        ArrayPool<T>.Shared.Return(full);
        return larger;
    }

    // Elements that hold no references need no clearing: nothing is kept alive by them.
    private static void Clear(T[] array, int used)
    {
#if NET
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            return;
        }
#endif
        Array.Clear(array, 0, used);
    }
}
