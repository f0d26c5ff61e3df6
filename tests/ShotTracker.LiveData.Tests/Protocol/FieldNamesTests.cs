using System.Runtime.CompilerServices;
using ShotTracker.LiveData.Internal.Json;
using ShotTracker.LiveData.Internal.Protocol.Readers;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// A reader's table pairs each field of its enum with one wire name (issue 21): a field left out, named twice, or a
/// name given to two fields would read a value into the wrong property, so building the table refuses them.
/// </summary>
public sealed class FieldNamesTests
{
    private enum Sample
    {
        First,
        Second,
        Third,
    }

    [Fact]
    public void Of_PairsInAnyOrder_PlacesEachNameAtItsFieldsIndex()
    {
        FieldNames.Of((Sample.Third, "c"), (Sample.First, "a"), (Sample.Second, "b"))
            .Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Of_AFieldWithoutAName_Throws()
    {
        var build = () => FieldNames.Of((Sample.First, "a"), (Sample.Second, "b"));

        build.Should().Throw<ArgumentException>().WithMessage("*3 fields but 2 names*");
    }

    [Fact]
    public void Of_AFieldNamedTwice_Throws()
    {
        var build = () => FieldNames.Of((Sample.First, "a"), (Sample.First, "b"), (Sample.Third, "c"));

        build.Should().Throw<ArgumentException>().WithMessage("*Sample.First*named twice*");
    }

    [Fact]
    public void Of_ANameGivenToTwoFields_Throws()
    {
        var build = () => FieldNames.Of((Sample.First, "a"), (Sample.Second, "a"), (Sample.Third, "c"));

        build.Should().Throw<ArgumentException>().WithMessage("*'a'*two fields*");
    }

    [Fact]
    public void EveryReaderTable_PairsEachFieldWithOneDistinctName()
    {
        // The tables are built in the readers' type initializers: running them checks every table of every reader.
        var readers = typeof(ChartDataReader).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ChartDataReader).Namespace && t.DeclaringType is null && t.TypeInitializer is not null)
            .ToList();

        readers.Should().HaveCountGreaterThanOrEqualTo(10);
        foreach (var reader in readers)
        {
            var initialize = () => RuntimeHelpers.RunClassConstructor(reader.TypeHandle);
            initialize.Should().NotThrow(reader.Name);
        }
    }
}
