#if !NET8_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

// The trimming annotation on netstandard2.0, where only referenced packages carry internal copies that this assembly
// cannot see (so PolySharp does not generate it). It documents the same contract; the trimmer reads it on .NET 8+ only.

/// <summary>Indicates which members of a type are accessed through reflection.</summary>
[AttributeUsage(AttributeTargets.GenericParameter | AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.ReturnValue, Inherited = false)]
internal sealed class DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) : Attribute
{
    /// <summary>Gets the members accessed.</summary>
    public DynamicallyAccessedMemberTypes MemberTypes { get; } = memberTypes;
}

/// <summary>The kinds of members accessed through reflection.</summary>
[Flags]
internal enum DynamicallyAccessedMemberTypes
{
    /// <summary>The public constructors.</summary>
    PublicConstructors = 0x0003,
}
#endif
