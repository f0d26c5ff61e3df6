using System.Reflection;
using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// The bytes of the objects a parse returns that are its own: every object reachable from the result (public and
/// private fields, array elements), less those the same parse of the same bytes shares with an earlier result
/// (cached strings, singletons). Each object's size is measured by allocating an empty one of its type and length.
/// </summary>
internal static class AllocatedGraph
{
    public static long OwnBytes(object result, object earlierResult)
    {
        var shared = Reachable(earlierResult);
        long total = 0;
        foreach (var item in Reachable(result))
        {
            if (!shared.Contains(item))
            {
                total += SizeOf(item);
            }
        }

        return total;
    }

    private static HashSet<object> Reachable(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!seen.Add(item))
            {
                continue;
            }

            VisitChildren(item, pending);
        }

        return seen;
    }

    private static void VisitChildren(object item, Stack<object> pending)
    {
        var type = item.GetType();
        if (item is string || item is Type || type.IsPrimitive || type.IsPointer)
        {
            return;
        }

        if (item is Array array)
        {
            if (!type.GetElementType()!.IsPrimitive)
            {
                foreach (var element in array)
                {
                    Push(element, pending);
                }
            }

            return;
        }

        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                {
                    Push(field.GetValue(item), pending);
                }
            }
        }
    }

    // A struct (boxed by reflection) is part of its holder: walk into it without counting it as an object.
    private static void Push(object? value, Stack<object> pending)
    {
        if (value is null)
        {
            return;
        }

        if (value.GetType().IsValueType)
        {
            VisitChildren(value, pending);
            return;
        }

        pending.Push(value);
    }

    private static long SizeOf(object item)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = item switch
        {
            string s => new string('\0', s.Length),
            Array a => Array.CreateInstance(a.GetType().GetElementType()!, a.Length),
            _ => RuntimeHelpers.GetUninitializedObject(item.GetType()),
        };
        var size = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(copy);
        return size;
    }
}
