using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// The payload of a <c>broadcastsummary</c> message: the broadcaster's full summary of the game, with team and
/// player stats for the whole game and for each half, quarter and overtime played so far.
/// </summary>
/// <remarks>
/// The shape is the Broadcast API's Game Stats JSON. With <c>broadcast_summary_level=game_stats</c> only
/// <see cref="GameStats"/> is sent and the per-period objects are <see langword="null"/>. Overtimes after the
/// first (<c>ot_2_stats</c>, …) have no typed property: they are kept in
/// <see cref="LiveDataModel.AdditionalProperties"/> and read through <see cref="AllPeriodStats"/>.
/// </remarks>
public sealed partial record BroadcastSummaryData : LiveDataModel
{
    /// <summary>Gets when the summary was produced, in milliseconds since the Unix epoch (<c>at</c>).</summary>
    [JsonPropertyName("at")]
    public long? Timestamp { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as human-readable text, as sent (<c>at_formatted</c>).</summary>
    [JsonPropertyName("at_formatted")]
    public string? FormattedTimestamp { get; init; }

    /// <summary>
    /// Gets the current or last period (<c>period</c>): <c>PRE</c>, <c>H1</c>, <c>H2</c>, <c>Q1</c>…<c>Q4</c>,
    /// <c>HT</c>, <c>OT</c>, <c>END</c>, <c>COMPLETED</c> when done, or <c>TP</c> for the test pattern; see
    /// <see cref="Periods"/>. An open set: expect other values.
    /// </summary>
    [JsonPropertyName("period")]
    public string? Period { get; init; }

    /// <summary>Gets ShotTracker's internal tracking id of this summary (<c>reference</c>).</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the full game totals (<c>game_stats</c>).</summary>
    [JsonPropertyName("game_stats")]
    public PeriodStats? GameStats { get; init; }

    /// <summary>Gets the first half stats (<c>half_1_stats</c>); always sent together with <see cref="Half2Stats"/>.</summary>
    [JsonPropertyName("half_1_stats")]
    public PeriodStats? Half1Stats { get; init; }

    /// <summary>Gets the second half stats (<c>half_2_stats</c>).</summary>
    [JsonPropertyName("half_2_stats")]
    public PeriodStats? Half2Stats { get; init; }

    /// <summary>Gets the first quarter stats (<c>quarter_1_stats</c>); sent only when the game is run as quarters.</summary>
    [JsonPropertyName("quarter_1_stats")]
    public PeriodStats? Quarter1Stats { get; init; }

    /// <summary>Gets the second quarter stats (<c>quarter_2_stats</c>).</summary>
    [JsonPropertyName("quarter_2_stats")]
    public PeriodStats? Quarter2Stats { get; init; }

    /// <summary>Gets the third quarter stats (<c>quarter_3_stats</c>).</summary>
    [JsonPropertyName("quarter_3_stats")]
    public PeriodStats? Quarter3Stats { get; init; }

    /// <summary>Gets the fourth quarter stats (<c>quarter_4_stats</c>).</summary>
    [JsonPropertyName("quarter_4_stats")]
    public PeriodStats? Quarter4Stats { get; init; }

    /// <summary>
    /// Gets the first overtime stats (<c>ot_1_stats</c>). Later overtimes (<c>ot_2_stats</c>, …) are in
    /// <see cref="AllPeriodStats"/>.
    /// </summary>
    [JsonPropertyName("ot_1_stats")]
    public PeriodStats? Overtime1Stats { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? Time => ModelValues.FromUnixMilliseconds(Timestamp);

    /// <summary>Gets <see cref="Period"/> as an ordered <see cref="Models.GamePeriod"/>; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public GamePeriod? GamePeriod => Models.GamePeriod.FromCode(Period);
}
