namespace ShotTracker.LiveData;

/// <summary>A <c>data</c> message of a known source, with its typed payload.</summary>
/// <typeparam name="TData">The payload record of the source.</typeparam>
public abstract record LiveDataEvent<TData> : LiveDataEvent
    where TData : class
{
    private protected LiveDataEvent()
    {
    }

    /// <summary>Gets the typed payload (the envelope's <c>data</c> object).</summary>
    public required TData Data { get; init; }
}
