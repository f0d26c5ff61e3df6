namespace ShotTracker.LiveData.PackageTests;

/// <summary>
/// Tests that build the library's Release configuration through the dotnet CLI share its obj folder, so they run
/// one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotNetCliCollection
{
    public const string Name = "dotnet CLI builds";
}
