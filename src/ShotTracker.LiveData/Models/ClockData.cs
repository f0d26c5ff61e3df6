using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>The payload of a <c>clock</c> message: one game clock and shot clock tick, sent at 2 Hz.</summary>
/// <remarks>
/// The service sends the clock readings as strings (<c>"09"</c>, <c>"5"</c>); they are kept verbatim so a
/// scoreboard shows exactly what the official clock showed.
/// </remarks>
public sealed record ClockData : LiveDataModel
{
    /// <summary>Gets the game id (<c>gid</c>).</summary>
    [JsonPropertyName("gid")]
    public string? GameId { get; init; }

    /// <summary>Gets the period (<c>period</c>), for example <c>Q1</c> or <c>OT</c>; see <see cref="Periods"/>.</summary>
    [JsonPropertyName("period")]
    public string? Period { get; init; }

    /// <summary>Gets the clock type (<c>type</c>), for example <c>GAME_SHOT_CLOCK</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the clock state (<c>state</c>), for example <c>STARTED</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>Gets where the clock reading comes from (<c>source</c>), for example <c>OFFICIAL</c>.</summary>
    [JsonPropertyName("source")]
    public string? ClockSource { get; init; }

    /// <summary>Gets the game clock minutes (<c>min</c>), as sent.</summary>
    [JsonPropertyName("min")]
    public string? Minutes { get; init; }

    /// <summary>Gets the game clock seconds (<c>sec</c>), as sent.</summary>
    [JsonPropertyName("sec")]
    public string? Seconds { get; init; }

    /// <summary>Gets the game clock sub-seconds (<c>subSec</c>), as sent.</summary>
    [JsonPropertyName("subSec")]
    public string? SubSeconds { get; init; }

    /// <summary>Gets the shot clock seconds (<c>shotSec</c>), or <see langword="null"/> when no shot clock runs.</summary>
    [JsonPropertyName("shotSec")]
    public string? ShotClockSeconds { get; init; }

    /// <summary>Gets the shot clock sub-seconds (<c>shotSubSec</c>), or <see langword="null"/>.</summary>
    [JsonPropertyName("shotSubSec")]
    public string? ShotClockSubSeconds { get; init; }

    /// <summary>Gets the id of the clock controller (<c>controllerId</c>), or <see langword="null"/>.</summary>
    [JsonPropertyName("controllerId")]
    public string? ControllerId { get; init; }

    /// <summary>
    /// Gets the game clock (<see cref="Minutes"/>, <see cref="Seconds"/> and <see cref="SubSeconds"/>, the digits after
    /// the decimal point) as a duration; <see langword="null"/> when the seconds are absent or not a number.
    /// </summary>
    [JsonIgnore]
    public TimeSpan? GameClock => ModelValues.ClockReading(Minutes, Seconds, SubSeconds);

    /// <summary>
    /// Gets the shot clock (<see cref="ShotClockSeconds"/> and <see cref="ShotClockSubSeconds"/>) as a duration;
    /// <see langword="null"/> when no shot clock runs.
    /// </summary>
    [JsonIgnore]
    public TimeSpan? ShotClock => ModelValues.ClockReading(null, ShotClockSeconds, ShotClockSubSeconds);

    /// <summary>
    /// Gets whether the clock runs, from <see cref="State"/>: <see langword="true"/> for <c>STARTED</c> or <c>RUNNING</c>,
    /// <see langword="false"/> for <c>STOPPED</c> or <c>PAUSED</c>, <see langword="null"/> for anything else.
    /// </summary>
    [JsonIgnore]
    public bool? IsRunning => State switch
    {
        "STARTED" or "RUNNING" => true,
        "STOPPED" or "PAUSED" => false,
        _ => null,
    };

    /// <summary>Gets <see cref="Period"/> as an ordered <see cref="Models.GamePeriod"/>; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public GamePeriod? GamePeriod => Models.GamePeriod.FromCode(Period);
}
