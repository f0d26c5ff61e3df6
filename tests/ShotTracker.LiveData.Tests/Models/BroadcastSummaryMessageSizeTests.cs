using System.Text.Json.Nodes;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Models;

public sealed class BroadcastSummaryMessageSizeTests
{
    private const int PlayersPerTeam = 15;
    private const int ShotsPerPlayer = 200;

    [Fact]
    public void Deserialize_LargeSummary_ReadsEveryPlayerAndShotAndRoundTrips()
    {
        var json = LargeSummary();
        json.Length.Should().BeGreaterThan(300_000);

        var summary = LiveDataMessageSerializer.Deserialize(json).Should().BeOfType<BroadcastSummaryEvent>().Subject.Data;

        foreach (var side in new[] { summary.GameStats!.Home!, summary.GameStats.Away! })
        {
            side.Players.Should().HaveCount(PlayersPerTeam + 1);
            side.Players!.Skip(1).Select(p => p.ShotLocations!.Made!.Count + p.ShotLocations.Missed!.Count)
                .Should().AllSatisfy(count => count.Should().Be(ShotsPerPlayer));
            side.Players.Skip(1).Should().AllSatisfy(p => p.Shots.Should().HaveCount(14));
        }

        var last = summary.GameStats.Away!.Players![PlayersPerTeam];
        last.PlayerId.Should().Be(300000 + PlayersPerTeam - 1);
        last.ShotLocations!.Missed![^1].X.Should().Be(ShotsPerPlayer - 1);
        last.ShotLocations.Missed[^1].Velocity.Should().Be(8.25);

        var written = LiveDataMessageSerializer.SerializeToString(new BroadcastSummaryEvent { Data = summary });
        JsonAssert.Equivalent(json, written);
    }

    // The fixture's game, with each team's players replaced by many full-size players, as late in a real game.
    private static string LargeSummary()
    {
        var message = JsonNode.Parse(Fixtures.LoadText(BroadcastSummaryFixture.FileName))!;
        var game = message["data"]!["game_stats"]!;
        var template = game["home"]!["players"]![1]!;
        foreach (var (side, firstId) in new[] { ("home", 200000), ("away", 300000) })
        {
            var players = new JsonArray(game[side]!["players"]![0]!.DeepClone());
            for (var i = 0; i < PlayersPerTeam; i++)
            {
                var player = template.DeepClone();
                player["player_id"] = firstId + i;
                player["jersey_number"] = i;
                var made = new JsonArray();
                var missed = new JsonArray();
                for (var shot = 0; shot < ShotsPerPlayer; shot++)
                {
                    var location = new JsonArray(shot, -shot * 10.5, 4000.5 + shot, 45.5, 150.25, 8.25);
                    (shot % 2 == 0 ? made : missed).Add(location);
                }

                player["shot_locations"] = new JsonObject { ["make"] = made, ["miss"] = missed };
                players.Add(player);
            }

            game[side]!["players"] = players;
        }

        return message.ToJsonString();
    }
}
