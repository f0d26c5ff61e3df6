using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>The payload of a <c>chart</c> message: the shot chart details of one shot.</summary>
/// <remarks>
/// Unlike <c>location</c>, this source sends player, team and event ids as strings; the defenders in
/// <see cref="ShotDefenders"/> are numbers, exactly as the documentation lists them. Coordinates are in millimetres.
/// </remarks>
public sealed record ChartData : LiveDataModel
{
    /// <summary>Gets the event id (<c>eid</c>).</summary>
    [JsonPropertyName("eid")]
    public string? EventId { get; init; }

    /// <summary>Gets the timestamp in milliseconds since the Unix epoch (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long? Timestamp { get; init; }

    /// <summary>Gets the shooter's player id (<c>pid</c>, a string).</summary>
    [JsonPropertyName("pid")]
    public string? PlayerId { get; init; }

    /// <summary>
    /// Gets <see cref="PlayerId"/> as a <see cref="Models.PlayerId"/>, equal to the same player's id from every other
    /// source (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public PlayerId? PlayerKey => Models.PlayerId.From(PlayerId);

    /// <summary>Gets the team id (<c>tid</c>, a string).</summary>
    [JsonPropertyName("tid")]
    public string? TeamId { get; init; }

    /// <summary>
    /// Gets <see cref="TeamId"/> as a <see cref="Models.TeamId"/>, equal to the same team's id from every other source
    /// (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public TeamId? TeamKey => Models.TeamId.From(TeamId);

    /// <summary>Gets the session id (<c>sid</c>).</summary>
    [JsonPropertyName("sid")]
    public string? SessionId { get; init; }

    /// <summary>Gets the game id (<c>gid</c>).</summary>
    [JsonPropertyName("gid")]
    public string? GameId { get; init; }

    /// <summary>Gets the shot result (<c>st</c>), as sent: <c>MAKE</c> or <c>MISS</c>.</summary>
    [JsonPropertyName("st")]
    public string? ResultCode { get; init; }

    /// <summary>Gets <see cref="ResultCode"/> as a <see cref="ShotResult"/>; <see cref="ShotResult.Unknown"/> for a new value.</summary>
    [JsonIgnore]
    public ShotResult Result => ResultCode switch
    {
        "MAKE" => ShotResult.Make,
        "MISS" => ShotResult.Miss,
        _ => ShotResult.Unknown,
    };

    /// <summary>Gets whether the shot is a three-point attempt (<c>is3</c>).</summary>
    [JsonPropertyName("is3")]
    public bool? IsThreePointer { get; init; }

    /// <summary>Gets the points scored by the shot (<c>pts</c>): 0, 2 or 3.</summary>
    [JsonPropertyName("pts")]
    public int? Points { get; init; }

    /// <summary>Gets the shooter's x coordinate in millimetres (<c>px</c>).</summary>
    [JsonPropertyName("px")]
    public double? PlayerX { get; init; }

    /// <summary>Gets the shooter's y coordinate in millimetres (<c>py</c>).</summary>
    [JsonPropertyName("py")]
    public double? PlayerY { get; init; }

    /// <summary>Gets the shooter's z coordinate (<c>pz</c>).</summary>
    [JsonPropertyName("pz")]
    public double? PlayerZ { get; init; }

    /// <summary>Gets the x coordinate of the target hoop (<c>hx</c>).</summary>
    [JsonPropertyName("hx")]
    public double? HoopX { get; init; }

    /// <summary>Gets the y coordinate of the target hoop (<c>hy</c>).</summary>
    [JsonPropertyName("hy")]
    public double? HoopY { get; init; }

    /// <summary>Gets the z coordinate of the target hoop (<c>hz</c>).</summary>
    [JsonPropertyName("hz")]
    public double? HoopZ { get; init; }

    /// <summary>Gets the record status (<c>s</c>), for example <c>RECORDED</c>; see <see cref="ShotStatuses"/>.</summary>
    [JsonPropertyName("s")]
    public string? Status { get; init; }

    /// <summary>Gets the shot zone (<c>z</c>).</summary>
    [JsonPropertyName("z")]
    public int? Zone { get; init; }

    /// <summary>Gets the advanced shot zone (<c>az</c>).</summary>
    [JsonPropertyName("az")]
    public int? AdvancedZone { get; init; }

    /// <summary>Gets the shot distance (<c>d</c>), in centimetres per the documentation's example.</summary>
    [JsonPropertyName("d")]
    public double? Distance { get; init; }

    /// <summary>Gets the shot attributes (<c>attributes</c>), for example <c>CAS</c>; see <see cref="ShotAttributes"/>.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<string>? Attributes { get; init; }

    /// <summary>Gets the ids of the players on court (<c>players</c>, strings).</summary>
    [JsonPropertyName("players")]
    public IReadOnlyList<string>? Players { get; init; }

    /// <summary>Gets the player ids of the defenders of the shot (<c>shotDefenders</c>, numbers).</summary>
    [JsonPropertyName("shotDefenders")]
    public IReadOnlyList<long>? ShotDefenders { get; init; }

    /// <summary>Gets the period (<c>prd</c>), for example <c>Q1</c>; see <see cref="Periods"/>.</summary>
    [JsonPropertyName("prd")]
    public string? Period { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? Time => ModelValues.FromUnixMilliseconds(Timestamp);

    /// <summary>Gets <see cref="Period"/> as an ordered <see cref="Models.GamePeriod"/>; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public GamePeriod? GamePeriod => Models.GamePeriod.FromCode(Period);
}
