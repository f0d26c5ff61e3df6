using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>One tracked position in a <see cref="LocationData"/> frame: a player's sensor or the ball.</summary>
/// <remarks>Coordinates are in millimetres on the court; numbers may arrive as integers or decimals.</remarks>
public sealed record LocationSample : LiveDataModel
{
    internal const string PlayerType = "PLAYER";
    internal const string BallType = "BALL";

    /// <summary>Gets the timestamp in milliseconds since the Unix epoch (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long? Timestamp { get; init; }

    /// <summary>Gets what is tracked (<c>type</c>), as sent: <c>PLAYER</c> or <c>BALL</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets <see cref="Type"/> as a <see cref="LocationKind"/>; <see cref="LocationKind.Unknown"/> for a new value.</summary>
    [JsonIgnore]
    public LocationKind Kind => Type switch
    {
        PlayerType => LocationKind.Player,
        BallType => LocationKind.Ball,
        _ => LocationKind.Unknown,
    };

    /// <summary>Gets the player id (<c>pid</c>, a number), for <see cref="LocationKind.Player"/> samples.</summary>
    [JsonPropertyName("pid")]
    public long? PlayerId { get; init; }

    /// <summary>
    /// Gets <see cref="PlayerId"/> as a <see cref="Models.PlayerId"/>, equal to the same player's id from every other
    /// source (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public PlayerId? PlayerKey => Models.PlayerId.From(PlayerId);

    /// <summary>Gets the ball id (<c>bid</c>, a string), for <see cref="LocationKind.Ball"/> samples.</summary>
    [JsonPropertyName("bid")]
    public string? BallId { get; init; }

    /// <summary>Gets the team id (<c>tid</c>, a number).</summary>
    [JsonPropertyName("tid")]
    public long? TeamId { get; init; }

    /// <summary>
    /// Gets <see cref="TeamId"/> as a <see cref="Models.TeamId"/>, equal to the same team's id from every other source
    /// (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public TeamId? TeamKey => Models.TeamId.From(TeamId);

    /// <summary>Gets the x coordinate in millimetres (<c>x</c>).</summary>
    [JsonPropertyName("x")]
    public double? X { get; init; }

    /// <summary>Gets the y coordinate in millimetres (<c>y</c>).</summary>
    [JsonPropertyName("y")]
    public double? Y { get; init; }

    /// <summary>Gets the z coordinate (height) in millimetres (<c>z</c>).</summary>
    [JsonPropertyName("z")]
    public double? Z { get; init; }

    /// <summary>Gets the speed (<c>speed</c>).</summary>
    [JsonPropertyName("speed")]
    public double? Speed { get; init; }

    /// <summary>Gets the distance (<c>dist</c>).</summary>
    [JsonPropertyName("dist")]
    public double? Distance { get; init; }

    /// <summary>Gets the velocity along x (<c>vx</c>).</summary>
    [JsonPropertyName("vx")]
    public double? VelocityX { get; init; }

    /// <summary>Gets the velocity along y (<c>vy</c>).</summary>
    [JsonPropertyName("vy")]
    public double? VelocityY { get; init; }

    /// <summary>Gets the velocity along z (<c>vz</c>).</summary>
    [JsonPropertyName("vz")]
    public double? VelocityZ { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? Time => ModelValues.FromUnixMilliseconds(Timestamp);
}
