namespace ShotTracker.LiveData.Models;

/// <summary>PLACEHOLDER: the payload record is being written.</summary>
public sealed record MarkerData : LiveDataModel
{
}
