namespace ShotTracker.LiveData.Testing;

/// <summary>The final result of a synthetic game: what a client that received every message should have added up.</summary>
public sealed record GameBoxScore
{
    /// <summary>Gets the game id (<c>gid</c>).</summary>
    public required string GameId { get; init; }

    /// <summary>Gets the home team.</summary>
    public required TeamBoxScore Home { get; init; }

    /// <summary>Gets the away team.</summary>
    public required TeamBoxScore Away { get; init; }

    /// <summary>Gets the periods played, in order, for example <c>Q1 Q2 Q3 Q4 OT</c>.</summary>
    public required IReadOnlyList<string> Periods { get; init; }
}
