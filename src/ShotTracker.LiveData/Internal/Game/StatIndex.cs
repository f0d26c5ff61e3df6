using ShotTracker.LiveData.Game;
namespace ShotTracker.LiveData.Internal.Game;

/// <summary>The box score stats the projection counts, as indexes into a line's counters, with their box score keys.</summary>
internal static class StatIndex
{
    public const int Points = 0;
    public const int FieldGoalsMade = 1;
    public const int FieldGoalsAttempted = 2;
    public const int ThreesMade = 3;
    public const int ThreesAttempted = 4;
    public const int FreeThrowsMade = 5;
    public const int FreeThrowsAttempted = 6;
    public const int OffensiveRebounds = 7;
    public const int DefensiveRebounds = 8;
    public const int Rebounds = 9;
    public const int Assists = 10;
    public const int Steals = 11;
    public const int Blocks = 12;
    public const int Turnovers = 13;
    public const int Fouls = 14;
    public const int PlusMinus = 15;
    public const int Count = 16;

    public static readonly string[] Keys =
        ["PTS", "FG", "FGA", "FG3", "FGA3", "FT", "FTA", "OFFENSIVE_REB", "DEFENSIVE_REB", "REB", "AST", "STL", "BLK", "TO", "FL", "PLUS_MINUS"];

    public static readonly int[] None = new int[Count];

    public static int[] Of(params int[] stats)
    {
        var deltas = new int[Count];
        foreach (var stat in stats)
        {
            deltas[stat]++;
        }

        return deltas;
    }

    public static BoxScoreLine ToLine(int[] counts, int[]? adjust, int? plusMinus = null)
    {
        int V(int i) => counts[i] + (adjust?[i] ?? 0);
        return new BoxScoreLine
        {
            Points = V(Points),
            FieldGoalsMade = V(FieldGoalsMade),
            FieldGoalsAttempted = V(FieldGoalsAttempted),
            ThreePointersMade = V(ThreesMade),
            ThreePointersAttempted = V(ThreesAttempted),
            FreeThrowsMade = V(FreeThrowsMade),
            FreeThrowsAttempted = V(FreeThrowsAttempted),
            OffensiveRebounds = V(OffensiveRebounds),
            DefensiveRebounds = V(DefensiveRebounds),
            Rebounds = V(Rebounds),
            Assists = V(Assists),
            Steals = V(Steals),
            Blocks = V(Blocks),
            Turnovers = V(Turnovers),
            Fouls = V(Fouls),
            PlusMinus = plusMinus ?? V(PlusMinus),
        };
    }
}
