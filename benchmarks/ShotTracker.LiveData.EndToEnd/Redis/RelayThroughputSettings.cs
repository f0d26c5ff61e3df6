namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>What <c>redis-relay</c> measures.</summary>
/// <param name="Runs">Measured runs, each a direct read, a relay and a read back of the whole game.</param>
/// <param name="Warmups">Runs before those, not counted (JIT tiers, connection pools, Redis' allocator).</param>
/// <param name="PeriodMinutes">The synthetic game's quarter length: 10 is a full 40-minute game.</param>
/// <param name="LocationHz">Location frames per second of game clock.</param>
/// <param name="Fsync">Redis' <c>appendfsync</c> (AOF is on): <c>everysec</c>, <c>always</c> or <c>no</c>.</param>
internal sealed record RelayThroughputSettings(int Runs, int Warmups, int PeriodMinutes, int LocationHz, string Fsync);
