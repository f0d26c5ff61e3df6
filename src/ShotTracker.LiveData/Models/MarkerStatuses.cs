namespace ShotTracker.LiveData.Models;

/// <summary>
/// Known marker types (<see cref="MarkerData.Status"/>, <c>status</c>): known values, not an exhaustive list.
/// </summary>
public static class MarkerStatuses
{
    /// <summary>
    /// The teams' jersey colours (<c>JERSEY_COLOR</c>); the typed properties of <see cref="MarkerDetails"/> apply.
    /// </summary>
    public const string JerseyColor = "JERSEY_COLOR";

    /// <summary>
    /// A lineup status marker (<c>LINEUP</c>). The documentation names lineup status markers only as an example,
    /// without their exact spelling or payload: treat this as an example, and read such a marker's fields from
    /// <see cref="LiveDataModel.AdditionalProperties"/> of <see cref="MarkerDetails"/>.
    /// </summary>
    public const string Lineup = "LINEUP";
}
