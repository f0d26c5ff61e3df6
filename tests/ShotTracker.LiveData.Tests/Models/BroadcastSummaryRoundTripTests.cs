using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class BroadcastSummaryRoundTripTests
{
    [Fact]
    public void SerializeAfterDeserialize_Fixture_KeepsEveryFieldAndIsStable()
    {
        var original = Fixtures.LoadText(BroadcastSummaryFixture.FileName);

        var written = LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(original));

        JsonAssert.Equivalent(original, written);
        LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(written)).Should().Be(written);
    }

    [Fact]
    public void Deserialize_Fixture_LeavesNothingUnmappedButPossessionTypesAndLaterOvertimes()
    {
        var summary = BroadcastSummaryFixture.Load();

        var withExtras = Models(summary, "$.data").Where(m => m.Model.AdditionalProperties is not null).ToList();

        withExtras.Select(m => m.Path).Should().BeEquivalentTo("$.data", "$.data.game_stats.home.team");
        summary.AdditionalProperties!.Keys.Should().Equal("ot_2_stats");
        var team = summary.GameStats!.Home!.Team!;
        team.AdditionalProperties!.Keys.Should().BeEquivalentTo(
            from type in new[] { "OVERALL", "TRANSITION", "PT0_BR0" }
            from suffix in new[] { "FG_VALUE", "FG", "FG_FRACTION", "POSS", "PTS", "2PTM", "2PTA", "3PTM", "3PTA", "TO", "PPP", "FG_VALUE_ARROW" }
            select $"{type}_{suffix}");

        // ot_2_stats has no typed property, but read through AllPeriodStats it must map completely too.
        var overtime2 = summary.AllPeriodStats.Single(p => p.Key == "ot_2_stats").Value;
        Models(overtime2, "$.data.ot_2_stats").Where(m => m.Model.AdditionalProperties is not null).Should().BeEmpty();
    }

    /// <summary>Every <see cref="LiveDataModel"/> reachable through JSON-mapped properties, with its JSON path.</summary>
    private static IEnumerable<(string Path, LiveDataModel Model)> Models(LiveDataModel model, string path)
    {
        yield return (path, model);
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonPropertyNameAttribute>() is not { } name)
            {
                continue;
            }

            switch (property.GetValue(model))
            {
                case LiveDataModel child:
                    foreach (var found in Models(child, $"{path}.{name.Name}"))
                    {
                        yield return found;
                    }

                    break;
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is LiveDataModel element)
                        {
                            foreach (var found in Models(element, $"{path}.{name.Name}[{index}]"))
                            {
                                yield return found;
                            }
                        }

                        index++;
                    }

                    break;
            }
        }
    }
}
