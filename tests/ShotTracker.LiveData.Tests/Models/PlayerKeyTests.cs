using System.Reflection;
using System.Text.Json.Serialization;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Tests.Models;

/// <summary>
/// One player id type across sources: the models keep the wire's form (a string in <c>chart</c>, a number in
/// <c>location</c>) and give it typed as <see cref="PlayerId"/> / <see cref="TeamId"/>, so sources join directly.
/// </summary>
public sealed class PlayerKeyTests
{
    [Fact]
    public void PlayerKey_AShotJoinsToTheShootersLocationSample_WithoutAConversion()
    {
        var shot = (ChartEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"chart","seq":9,"data":{"pid":"100234","tid":"5001","st":"MAKE"}}""");
        var frame = (LocationEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"location","data":{"locations":[{"type":"PLAYER","pid":100233,"tid":5001,"x":1.5},{"type":"PLAYER","pid":100234,"tid":5001,"x":7.0}]}}""");

        var positions = frame.Data.Locations!.ToDictionary(sample => sample.PlayerKey!.Value);

        positions[shot.Data.PlayerKey!.Value].X.Should().Be(7.0);
        positions[shot.Data.PlayerKey.Value].TeamKey.Should().Be(shot.Data.TeamKey);
    }

    [Theory]
    [InlineData("123", 123)]
    [InlineData("0123", 123)]
    [InlineData("-5", -5)]
    public void PlayerKey_TextAndNumberWireForms_AreTheSameId(string text, long number)
    {
        var fromText = new ChartData { PlayerId = text, TeamId = text }.PlayerKey;
        var fromNumber = new LocationSample { PlayerId = number, TeamId = number }.PlayerKey;

        fromText.Should().Be(fromNumber);
        fromText.GetHashCode().Should().Be(fromNumber.GetHashCode());
        new BoxScoreStatsData { PlayerId = text }.PlayerKey.Should().Be(new PlayerStatLine { PlayerId = number }.PlayerKey);
        new PossessionEvent { PlayerId = text }.PlayerKey.Should().Be(PlayerId.FromNumber(number));
        new ChartData { TeamId = text }.TeamKey.Should().Be(new LocationSample { TeamId = number }.TeamKey)
            .And.Be(new TeamStatLine { TeamId = number }.TeamKey).And.Be(new Possession { TeamId = text }.TeamKey)
            .And.Be(new LineupStatsData { TeamId = text }.TeamKey).And.Be(new PossessionStatsData { TeamId = text }.TeamKey);
    }

    [Fact]
    public void PlayerKey_AbsentOrTheBroadcastSummaryTeamRow_IsNull()
    {
        new ChartData().PlayerKey.Should().BeNull();
        new ChartData { PlayerId = "" }.PlayerKey.Should().BeNull();
        new LocationSample().TeamKey.Should().BeNull();
        new PlayerStatLine { PlayerId = 0 }.PlayerKey.Should().BeNull("player_id 0 is the team row, not a player");
        new ChartData { PlayerId = "p-17" }.PlayerKey.Should().Be(PlayerId.Parse("p-17"), "an id that is not a number is kept as its text");
    }

    [Fact]
    public void EveryModelWithAWireId_HasItsTypedKey_WhichIsNeverWritten()
    {
        var models = typeof(ChartData).Assembly.GetTypes().Where(t => t.Namespace == typeof(ChartData).Namespace && t.IsPublic);
        var checkedIds = 0;
        foreach (var model in models)
        {
            foreach (var (wire, key, type) in new[] { ("PlayerId", "PlayerKey", typeof(PlayerId?)), ("TeamId", "TeamKey", typeof(TeamId?)) })
            {
                if (model.GetProperty(wire)?.GetCustomAttribute<JsonPropertyNameAttribute>() is null)
                {
                    continue;
                }

                checkedIds++;
                var typed = model.GetProperty(key);
                typed.Should().NotBeNull($"{model.Name}.{wire} is a wire id");
                typed!.PropertyType.Should().Be(type);
                typed.GetCustomAttribute<JsonIgnoreAttribute>().Should().NotBeNull($"{model.Name}.{key} is derived, not a wire field");
            }
        }

        checkedIds.Should().BeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public void PlayerKey_IsNotWritten_AndTheMessageRoundTrips()
    {
        const string json = """{"type":"data","source":"chart","seq":9,"data":{"pid":"100234","tid":"5001"}}""";
        var shot = LiveDataMessageSerializer.Deserialize(json);

        var written = LiveDataMessageSerializer.SerializeToString(shot);

        written.Should().NotContainAny("PlayerKey", "playerKey", "TeamKey", "teamKey");
        LiveDataMessageSerializer.Deserialize(written).Should().Be(shot);
    }
}
