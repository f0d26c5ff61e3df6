using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>
/// The fields a <see cref="TeamStatLine"/> and a <see cref="PlayerStatLine"/> share (those of <see cref="StatLine"/>),
/// gathered while their object is read and handed to the line's constructor, which sets them (init-only properties
/// of a record can be set only there or in an object initializer, and one initializer per line would list them twice).
/// </summary>
/// <remarks>Only the values: the models' constructors take it, so it sits with them; the protocol's readers fill it.</remarks>
internal struct StatLineValues
{
    public string? ConsumerCode;
    public string? TwoPointPercentDisplay;
    public int? FieldGoalsMade;
    public int? FieldGoalsAttempted;
    public string? FieldGoalFraction;
    public string? FieldGoalPercentDisplay;
    public int? TwoPointFieldGoalsMade;
    public int? TwoPointFieldGoalsAttempted;
    public string? TwoPointFieldGoalFraction;
    public string? TwoPointFieldGoalPercentDisplay;
    public int? ThreePointFieldGoalsMade;
    public int? ThreePointFieldGoalsAttempted;
    public string? ThreePointFieldGoalFraction;
    public string? ThreePointFieldGoalPercentDisplay;
    public int? FreeThrowsMade;
    public int? FreeThrowsAttempted;
    public string? FreeThrowFraction;
    public string? FreeThrowPercentDisplay;
    public int? Points;
    public int? Rebounds;
    public int? OffensiveRebounds;
    public int? DefensiveRebounds;
    public int? Assists;
    public int? Steals;
    public int? Turnovers;
    public int? LiveBallTurnovers;
    public int? DeadBallTurnovers;
    public double? DistanceCentimeters;
    public double? DistanceMiles;
    public int? Blocks;
    public int? Fouls;
    public int? FoulsDrawn;
    public int? PointsInThePaint;
    public double? AssistToTurnoverRate;
    public ShotZoneStats[]? Shots;
    public ShotLocations? ShotLocations;
    public ShotZoneStats[]? CatchAndShootShots;
    public ShotZoneStats[]? OffTheDribbleShots;
}
