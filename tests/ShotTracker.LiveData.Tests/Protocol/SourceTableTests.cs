using System.Text.Json;
using ShotTracker.LiveData.Internal.Events;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>The one table of sources that every list and switch is derived from.</summary>
public sealed class SourceTableTests
{
    [Fact]
    public void All_HasExactlyOneDescriptorPerSourceWithUniqueWireNames()
    {
        SourceTable.All.Select(d => d.Source).Should().BeEquivalentTo(Enum.GetValues<LiveDataSource>(), o => o.WithoutStrictOrdering());
        SourceTable.All.Select(d => d.WireName).Should().OnlyHaveUniqueItems().And.OnlyContain(n => n == n.ToLowerInvariant());
        SourceTable.IndexCapacity.Should().BeGreaterThan(SourceTable.All.Max(d => (int)d.Source));
    }

    [Fact]
    public void All_ListsTheSourcesOfTheVocabularysFacts_InTheirOrder()
    {
        // The wire names and sequencing live below the protocol (SourceFacts), the payloads here: a source added to
        // one and not the other, or listed in another order, would change LiveDataSourceExtensions.All.
        SourceTable.All.Select(d => d.Source).Should().Equal(SourceFacts.All.Select(f => f.Source));
        LiveDataSourceExtensions.All.Should().Equal(SourceTable.All.Select(d => d.Source));
    }

    [Fact]
    public void EachDescriptor_MakesAnEventOfItsOwnSourceWithItsPayloadType()
    {
        foreach (var descriptor in SourceTable.All)
        {
            var reader = new Utf8JsonReader("{}"u8);
            reader.Read();
            var payload = descriptor.Read(ref reader);
            var created = descriptor.CreateEvent(payload, sequence: 7, extra: null);

            payload.GetType().Should().Be(descriptor.PayloadType);
            created.Source.Should().Be(descriptor.Source, $"the '{descriptor.WireName}' entry makes its own event");
            created.Sequence.Should().Be(7);
            var written = LiveDataMessageSerializer.SerializeToString(created);
            written.Should().Contain($"\"source\":\"{descriptor.WireName}\"");
            LiveDataMessageSerializer.Deserialize(written).Should().BeOfType(created.GetType());
        }
    }

    [Theory]
    [InlineData(LiveDataSource.Marker, true)]
    [InlineData(LiveDataSource.BoxScoreStats, true)]
    [InlineData(LiveDataSource.Chart, true)]
    [InlineData(LiveDataSource.Possessions, true)]
    [InlineData(LiveDataSource.PossessionStats, true)]
    [InlineData(LiveDataSource.LineupStats, true)]
    [InlineData(LiveDataSource.BroadcastSummary, false)]
    [InlineData(LiveDataSource.Location, false)]
    [InlineData(LiveDataSource.Clock, false)]
    public void IsSequenced_MatchesTheWireContract(LiveDataSource source, bool sequenced)
    {
        source.IsSequenced().Should().Be(sequenced);
        SourceTable.Get(source).IsSequenced.Should().Be(sequenced);
    }

    [Fact]
    public void Get_UndefinedValue_Throws()
    {
        var act = () => SourceTable.Get((LiveDataSource)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
