namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>
/// Every field of the stat objects of the payloads (a broadcast summary's team and player lines, their season stats
/// and top lineups, and a box score's <c>stats</c>), named once: each reader lists the fields its object has, in the
/// order the service sends them, in a <see cref="StatTable"/>, and <see cref="StatFields"/> gives their wire names.
/// </summary>
/// <remarks>
/// The order of the values is for the readers' switches, not the wire: a box score's twenty counters come first, in
/// the order of its counter array; then the rest of what every stat line shares, which <see cref="StatFields.Read"/>
/// reads (<see cref="StatFields.IsShared"/> is a range check on this order); then each object's own fields, together,
/// so every switch stays dense.
/// </remarks>
internal enum StatField
{
    // A box score's stats, each a counter (also, PlusMinus and TeamScore aside, fields of every stat line).
    Fg,
    Fga,
    Fg2,
    Fga2,
    Fg3,
    Fga3,
    Ft,
    Fta,
    Pts,
    Reb,
    OffensiveReb,
    DefensiveReb,
    Ast,
    Stl,
    To,
    Blk,
    Fl,
    Fldn,
    PlusMinus,
    TeamScore,

    // The rest of what every stat line shares (the fields of StatLine).
    ConsumerCode,
    TwoPointPctDisplay,
    FgFraction,
    FgPctDisplay,
    Fg2Fraction,
    Fg2PctDisplay,
    Fg3Fraction,
    Fg3PctDisplay,
    FtFraction,
    FtPctDisplay,
    Lbto,
    Dbto,
    Dist,
    DistMiles,
    Ppts,
    AstToRate,
    Shots,
    ShotLocations,
    CasShots,
    OtdShots,

    // A player's line.
    PlayerId,
    JerseyNumber,
    FirstName,
    LastName,
    PositionAbbr,
    Sensor,
    OnTheFloor,
    SeasonStats,
    IsTeamRow,

    // A team's line.
    TeamId,
    TeamName,
    SecondChancePoints,
    PointsOffTurnover,
    LineupStats,
    PossessionTypes,

    // A team's top lineup.
    PlayerIds,
    TotalPointsScored,
    TotalPointsAllowed,
}
