namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Made and attempted field goals in each zone of ShotTracker's 14-zone map.</summary>
internal sealed class ZoneCounts
{
    public const int Zones = 14;

    public int[] Made { get; } = new int[Zones];

    public int[] Attempted { get; } = new int[Zones];

    public void Add(ZoneCounts other)
    {
        for (var i = 0; i < Zones; i++)
        {
            Made[i] += other.Made[i];
            Attempted[i] += other.Attempted[i];
        }
    }

    /// <summary>Counts one attempt in <paramref name="zone"/> (1 to 14).</summary>
    public void Count(int zone, bool made)
    {
        Attempted[zone - 1]++;
        Made[zone - 1] += made ? 1 : 0;
    }
}
