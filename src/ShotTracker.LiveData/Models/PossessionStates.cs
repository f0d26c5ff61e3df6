namespace ShotTracker.LiveData.Models;

/// <summary>
/// Known states of a possession record (<see cref="PossessionsData.State"/>, <c>state</c>): known values, not an
/// exhaustive list.
/// </summary>
public static class PossessionStates
{
    /// <summary>The possession is saved (<c>SAVED</c>).</summary>
    public const string Saved = "SAVED";
}
