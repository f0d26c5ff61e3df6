using System.Reflection;
using System.Reflection.Emit;

namespace ShotTracker.LiveData.Tests.Architecture;

/// <summary>
/// The types a type names: in its signatures (base type, interfaces, fields, properties, events, parameters, returns,
/// generic arguments and constraints, attributes and the types they name) and in its method bodies (locals, catch
/// clauses, and every type, method and field token of the IL: call, newobj, ldfld, ldtoken, box, castclass, isinst …).
/// Nested types are read with their declaring type, so a lambda's closure or an async state machine counts for the
/// type whose code made it.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static TypeReferences()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (code.Size == 1)
            {
                OneByte[value] = code;
            }
            else
            {
                TwoByte[value & 0xFF] = code;
            }
        }
    }

    /// <summary>Every type <paramref name="type"/> and its nested types name, generic arguments unwrapped.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        foreach (var each in WithNested(type))
        {
            AddSignatures(each, found);
            foreach (var method in each.GetMethods(Declared).Cast<MethodBase>().Concat(each.GetConstructors(Declared)))
            {
                AddBody(method, found);
            }

            if (each.TypeInitializer is { } initializer)
            {
                AddBody(initializer, found);
            }
        }

        return found;
    }

    /// <summary>The types named by the IL of <paramref name="method"/> (its locals, catch clauses and instruction operands).</summary>
    public static IReadOnlySet<Type> InBody(MethodBase method)
    {
        var found = new HashSet<Type>();
        AddBody(method, found);
        return found;
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(Declared).SelectMany(WithNested));

    private static void AddSignatures(Type type, HashSet<Type> found)
    {
        Add(type.BaseType, found);
        foreach (var item in type.GetInterfaces())
        {
            Add(item, found);
        }

        AddAttributes(type.GetCustomAttributesData(), found);
        if (type.IsGenericTypeDefinition)
        {
            foreach (var parameter in type.GetGenericArguments())
            {
                AddConstraints(parameter, found);
            }
        }

        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType, found);
            AddAttributes(field.GetCustomAttributesData(), found);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType, found);
            AddAttributes(property.GetCustomAttributesData(), found);
        }

        foreach (var item in type.GetEvents(Declared))
        {
            Add(item.EventHandlerType, found);
            AddAttributes(item.GetCustomAttributesData(), found);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddAttributes(method.GetCustomAttributesData(), found);
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, found);
                AddAttributes(parameter.GetCustomAttributesData(), found);
            }

            if (method is MethodInfo info)
            {
                Add(info.ReturnType, found);
                AddAttributes(info.ReturnParameter.GetCustomAttributesData(), found);
                if (info.IsGenericMethodDefinition)
                {
                    foreach (var parameter in info.GetGenericArguments())
                    {
                        AddConstraints(parameter, found);
                    }
                }
            }
        }
    }

    private static void AddConstraints(Type genericParameter, HashSet<Type> found)
    {
        foreach (var constraint in genericParameter.GetGenericParameterConstraints())
        {
            Add(constraint, found);
        }
    }

    private static void AddAttributes(IList<CustomAttributeData> attributes, HashSet<Type> found)
    {
        foreach (var attribute in attributes)
        {
            Add(attribute.AttributeType, found);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(a => a.TypedValue)))
            {
                AddAttributeValue(argument, found);
            }
        }
    }

    private static void AddAttributeValue(CustomAttributeTypedArgument argument, HashSet<Type> found)
    {
        switch (argument.Value)
        {
            case Type named:
                Add(named, found);
                break;
            case IEnumerable<CustomAttributeTypedArgument> items:
                foreach (var item in items)
                {
                    AddAttributeValue(item, found);
                }

                break;
        }
    }

    private static void AddBody(MethodBase method, HashSet<Type> found)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(local.LocalType, found);
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                Add(clause.CatchType, found);
            }
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var il = body.GetILAsByteArray() ?? [];
        var position = 0;
        while (position < il.Length)
        {
            var code = il[position] == 0xFE ? TwoByte[il[position + 1]] : OneByte[il[position]];
            position += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    AddMember(method.Module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments), found);
                    break;
            }

            position += OperandSize(code.OperandType, il, position);
        }
    }

    private static void AddMember(MemberInfo? member, HashSet<Type> found)
    {
        switch (member)
        {
            case Type type:
                Add(type, found);
                break;
            case FieldInfo field:
                Add(field.DeclaringType, found);
                Add(field.FieldType, found);
                break;
            case MethodBase method:
                Add(method.DeclaringType, found);
                if (method is MethodInfo info)
                {
                    Add(info.ReturnType, found);
                    if (info.IsGenericMethod)
                    {
                        foreach (var argument in info.GetGenericArguments())
                        {
                            Add(argument, found);
                        }
                    }
                }

                foreach (var parameter in method.GetParameters())
                {
                    Add(parameter.ParameterType, found);
                }

                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    private static void Add(Type? type, HashSet<Type> found)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(type.GetElementType(), found);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(argument, found);
            }

            type = type.GetGenericTypeDefinition();
        }

        found.Add(type);
    }
}
