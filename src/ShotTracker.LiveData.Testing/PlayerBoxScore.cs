using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing;

/// <summary>A rostered player of a synthetic game and the player's final box score line.</summary>
public sealed record PlayerBoxScore
{
    /// <summary>Gets the player id (a number in <c>location</c> and <c>broadcastsummary</c>, a string in <c>chart</c> and <c>boxscorestatsv2</c>).</summary>
    public required long PlayerId { get; init; }

    /// <summary>Gets <see cref="PlayerId"/> as the SDK's <see cref="Models.PlayerId"/>, to join with its models and game state.</summary>
    public PlayerId PlayerKey => Models.PlayerId.FromNumber(PlayerId);

    /// <summary>Gets the player's team id.</summary>
    public required long TeamId { get; init; }

    /// <summary>Gets <see cref="TeamId"/> as the SDK's <see cref="Models.TeamId"/>, to join with its models and game state.</summary>
    public TeamId TeamKey => Models.TeamId.FromNumber(TeamId);

    /// <summary>Gets the first name.</summary>
    public required string FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    public required string LastName { get; init; }

    /// <summary>Gets the jersey number.</summary>
    public required int JerseyNumber { get; init; }

    /// <summary>Gets the position: <c>G</c>, <c>F</c> or <c>C</c>.</summary>
    public required string Position { get; init; }

    /// <summary>Gets the id of the tracking sensor the player wears.</summary>
    public required long SensorId { get; init; }

    /// <summary>Gets the points scored (<c>PTS</c>).</summary>
    public int Points { get; init; }

    /// <summary>Gets the field goals made (<c>FG</c>).</summary>
    public int FieldGoalsMade { get; init; }

    /// <summary>Gets the field goals attempted (<c>FGA</c>).</summary>
    public int FieldGoalsAttempted { get; init; }

    /// <summary>Gets the three-pointers made (<c>FG3</c>).</summary>
    public int ThreePointersMade { get; init; }

    /// <summary>Gets the three-pointers attempted (<c>FGA3</c>).</summary>
    public int ThreePointersAttempted { get; init; }

    /// <summary>Gets the free throws made (<c>FT</c>).</summary>
    public int FreeThrowsMade { get; init; }

    /// <summary>Gets the free throws attempted (<c>FTA</c>).</summary>
    public int FreeThrowsAttempted { get; init; }

    /// <summary>Gets the rebounds (<c>REB</c>).</summary>
    public int Rebounds { get; init; }

    /// <summary>Gets the assists (<c>AST</c>).</summary>
    public int Assists { get; init; }

    /// <summary>Gets the steals (<c>STL</c>).</summary>
    public int Steals { get; init; }

    /// <summary>Gets the turnovers (<c>TO</c>).</summary>
    public int Turnovers { get; init; }

    /// <summary>Gets the blocks (<c>BLK</c>).</summary>
    public int Blocks { get; init; }

    /// <summary>Gets the personal fouls (<c>FL</c>).</summary>
    public int Fouls { get; init; }

    /// <summary>Gets the plus/minus (<c>PLUS_MINUS</c>).</summary>
    public int PlusMinus { get; init; }
}
