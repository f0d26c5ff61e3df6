using System.Reflection;

namespace ShotTracker.LiveData.Tests;

/// <summary>The library reads top-down: client → session (Connection) → transport → protocol, with no cycle.</summary>
public sealed class LayeringTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Theory]
    [InlineData("ShotTracker.LiveData.Internal.Transport", "ShotTracker.LiveData.Internal.Connection")]
    [InlineData("ShotTracker.LiveData.Internal.Protocol", "ShotTracker.LiveData.Internal.Connection")]
    [InlineData("ShotTracker.LiveData.Internal.Protocol", "ShotTracker.LiveData.Internal.Transport")]
    [InlineData("ShotTracker.LiveData.Models", "ShotTracker.LiveData.Game")]
    public void LowerLayer_NeverNamesATypeOfAHigherOneInItsSignatures(string lower, string higher)
    {
        var offenders = typeof(LiveDataEvent).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(lower, StringComparison.Ordinal) == true)
            .SelectMany(t => SignatureTypes(t).Where(used => used.Namespace == higher).Select(used => $"{t.Name} uses {used.Name}"))
            .Distinct()
            .ToList();

        offenders.Should().BeEmpty($"{lower} sits below {higher}: settings flow down as values");
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        var types = new List<Type>();
        types.AddRange(type.GetFields(Everything).Select(f => f.FieldType));
        types.AddRange(type.GetProperties(Everything).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                types.Add(info.ReturnType);
            }
        }

        types.AddRange(type.GetInterfaces());
        if (type.BaseType is { } baseType)
        {
            types.Add(baseType);
        }

        return types.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType ? new[] { type }.Concat(type.GetGenericArguments().SelectMany(Unwrap)) : [type];
    }
}
