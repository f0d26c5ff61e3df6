using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Testing;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>Reads what the relay wrote for a game, for assertions, and what the emulator's timeline says it should be.</summary>
internal static class GameStreams
{
    public static RedisGameKeys Keys(string gameId = "g1") => RedisGameKeys.For("livedata", gameId);

    public static async Task<StreamEntry[]> ReadAsync(IDatabase database, RedisKey key) =>
        await database.StreamRangeAsync(key, "-", "+").DefaultTimeout();

    /// <summary>The sequences of the seq stream's entries, the relay's end-of-game marker left out.</summary>
    public static long[] Sequences(StreamEntry[] entries) =>
        entries.Where(e => e[EntryFields.End].IsNull).Select(e => SequenceEntryId.Parse(e.Id.ToString())!.Value).ToArray();

    public static long[] ExpectedSequences(LiveDataEmulator emulator) =>
        emulator.Timeline.Where(m => m.Sequence is not null).Select(m => m.Sequence!.Value).ToArray();

    public static byte[] Message(StreamEntry entry) => (byte[])entry[EntryFields.Message]!;

    /// <summary>How many frames of the game's non-sequenced streams repeat one already in the same stream.</summary>
    public static async Task<Dictionary<string, int>> RepeatedFramesAsync(IDatabase database, RedisGameKeys keys)
    {
        var repeats = new Dictionary<string, int>();
        foreach (var stream in RedisGameKeys.LatestStreamNames)
        {
            var frames = (await ReadAsync(database, keys.Latest(stream))).Select(e => Convert.ToBase64String(Message(e))).ToList();
            repeats[stream] = frames.Count - frames.Distinct().Count();
        }

        return repeats;
    }

    public static async Task<bool> HasAtLeastAsync(IDatabase database, RedisKey key, long count) =>
        await database.StreamLengthAsync(key) >= count;
}
