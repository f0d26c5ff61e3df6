using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>The payload of a <c>location</c> message: one frame of player and ball positions with the clocks.</summary>
[JsonConverter(typeof(Internal.Models.LocationDataConverter))]
public sealed record LocationData : LiveDataModel
{
    /// <summary>Gets the game clock in milliseconds (<c>gcms</c>).</summary>
    [JsonPropertyName("gcms")]
    public long? GameClockMilliseconds { get; init; }

    /// <summary>Gets the shot clock in milliseconds (<c>scms</c>).</summary>
    [JsonPropertyName("scms")]
    public long? ShotClockMilliseconds { get; init; }

    /// <summary>Gets whether the game clock is running (<c>cr</c>).</summary>
    [JsonPropertyName("cr")]
    public bool? ClockRunning { get; init; }

    /// <summary>Gets the period (<c>period</c>), for example <c>Q1</c>; see <see cref="Periods"/>.</summary>
    [JsonPropertyName("period")]
    public string? Period { get; init; }

    /// <summary>Gets the facility id (<c>facilityId</c>).</summary>
    [JsonPropertyName("facilityId")]
    public string? FacilityId { get; init; }

    /// <summary>Gets the court id (<c>courtId</c>).</summary>
    [JsonPropertyName("courtId")]
    public string? CourtId { get; init; }

    /// <summary>Gets the session id (<c>sessionId</c>).</summary>
    [JsonPropertyName("sessionId")]
    public string? SessionId { get; init; }

    /// <summary>Gets the tracked positions in this frame (<c>locations</c>): players and the ball.</summary>
    [JsonPropertyName("locations")]
    public IReadOnlyList<LocationSample>? Locations { get; init; }

    /// <summary>Gets <see cref="GameClockMilliseconds"/> as a duration; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public TimeSpan? GameClock => ModelValues.FromMilliseconds(GameClockMilliseconds);

    /// <summary>Gets <see cref="ShotClockMilliseconds"/> as a duration; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public TimeSpan? ShotClock => ModelValues.FromMilliseconds(ShotClockMilliseconds);

    /// <summary>Gets <see cref="Period"/> as an ordered <see cref="Models.GamePeriod"/>; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public GamePeriod? GamePeriod => Models.GamePeriod.FromCode(Period);
}
