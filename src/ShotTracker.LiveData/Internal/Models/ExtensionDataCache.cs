using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Models;

/// <summary>
/// Remembers a value derived from a record's <see cref="LiveData.Models.LiveDataModel.AdditionalProperties"/> so it is computed
/// once, not on every read.
/// </summary>
/// <remarks>
/// The cached value is tied to the dictionary instance and its count, so a caller who adds to or removes from
/// the dictionary gets a fresh value. Every instance equals every other so a record holding one keeps the value
/// equality of its JSON fields; <c>with</c> copies share the instance, which is safe for the same reason.
/// Races only compute the value twice.
/// </remarks>
internal sealed class ExtensionDataCache<T>
    where T : class
{
    private Snapshot? snapshot;

    public T GetOrCreate(IDictionary<string, JsonElement>? source, Func<IDictionary<string, JsonElement>?, T> create)
    {
        var count = source?.Count ?? 0;
        var current = Volatile.Read(ref snapshot);
        if (current is not null && ReferenceEquals(current.Source, source) && current.Count == count)
        {
            return current.Value;
        }

        var value = create(source);
        Volatile.Write(ref snapshot, new Snapshot(source, count, value));
        return value;
    }

    public override bool Equals(object? obj) => obj is ExtensionDataCache<T>;

    public override int GetHashCode() => 0;

    private sealed class Snapshot(IDictionary<string, JsonElement>? source, int count, T value)
    {
        public IDictionary<string, JsonElement>? Source { get; } = source;

        public int Count { get; } = count;

        public T Value { get; } = value;
    }
}
