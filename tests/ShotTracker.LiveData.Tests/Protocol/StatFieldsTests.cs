using ShotTracker.LiveData.Internal.Protocol.Readers;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// The stat objects' fields are named once (issue 21): the shared ones are read by one switch, chosen by a range
/// check on the enum's order, so a field moved in the enum would be read into the wrong place or not at all.
/// </summary>
public sealed class StatFieldsTests
{
    [Fact]
    public void IsShared_HoldsForExactlyTheFieldsEveryStatLineHas()
    {
        StatField[] shared = [StatField.ConsumerCode, .. StatFields.Shooting, .. StatFields.Counts, .. StatFields.ShotMaps];

        Enum.GetValues<StatField>().Where(StatFields.IsShared).Should().BeEquivalentTo(shared);
    }

    [Fact]
    public void Name_GivesEachFieldItsOwnWireName()
    {
        var names = Enum.GetValues<StatField>().Select(StatFields.Name).ToList();

        names.Should().OnlyHaveUniqueItems();
        StatFields.Name(StatField.Fg2PctDisplay).Should().Be("FG2_PCT_DISPLAY");
        StatFields.Name(StatField.SeasonStats).Should().Be("season_stats");
    }

    [Fact]
    public void StatTable_AFieldListedTwice_Throws()
    {
        var build = () => new StatTable(StatField.Fg, StatField.Fga, StatField.Fg);

        build.Should().Throw<ArgumentException>().WithMessage("*listed twice*");
    }
}
