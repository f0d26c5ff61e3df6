namespace ShotTracker.LiveData.Game;

/// <summary>A shot: a field goal attempt (from <c>chart</c>, or <c>boxscorestatsv2</c> when the feed has no chart) or a free throw.</summary>
public sealed record ShotPlay : GamePlay
{
    /// <summary>Gets the kind of shot.</summary>
    public ShotKind Kind { get; init; }

    /// <summary>Gets whether the shot went in.</summary>
    public bool Made { get; init; }

    /// <summary>Gets the points the shot scored.</summary>
    public int Points { get; init; }

    /// <summary>Gets the shooter's x coordinate in millimetres, when known.</summary>
    public double? X { get; init; }

    /// <summary>Gets the shooter's y coordinate in millimetres, when known.</summary>
    public double? Y { get; init; }

    /// <summary>Gets the shot distance as sent (<c>d</c>, centimetres per the documentation), when known.</summary>
    public double? Distance { get; init; }

    /// <summary>
    /// Gets whether the feed has retracted the shot: sent again with a record status other than <c>RECORDED</c>. A
    /// retracted shot counts for nothing.
    /// </summary>
    public bool Retracted { get; init; }
}
