namespace ShotTracker.LiveData;

/// <summary>Creates <see cref="ILiveDataTokenProvider"/>s for the common cases.</summary>
public static class LiveDataTokenProvider
{
    /// <summary>Creates a provider that always returns <paramref name="token"/>.</summary>
    /// <param name="token">The subscription token.</param>
    /// <returns>The provider. Its <see cref="object.ToString"/> does not show the token.</returns>
    /// <exception cref="ArgumentException"><paramref name="token"/> is <see langword="null"/> or empty.</exception>
    public static ILiveDataTokenProvider FromToken(string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new ArgumentException("The token must not be null or empty.", nameof(token));
        }

        return new StaticTokenProvider(token);
    }

    /// <summary>Creates a provider that calls <paramref name="getTokenAsync"/> for every connection attempt.</summary>
    /// <param name="getTokenAsync">Fetches a current token, for example from the Game Subscription Token endpoint.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getTokenAsync"/> is <see langword="null"/>.</exception>
    public static ILiveDataTokenProvider FromDelegate(Func<CancellationToken, ValueTask<string>> getTokenAsync)
    {
        if (getTokenAsync is null)
        {
            throw new ArgumentNullException(nameof(getTokenAsync));
        }

        return new DelegateTokenProvider(getTokenAsync);
    }

    private sealed class StaticTokenProvider(string token) : ILiveDataTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default) => new(token);

        public override string ToString() => "StaticTokenProvider(token=***)";
    }

    private sealed class DelegateTokenProvider(Func<CancellationToken, ValueTask<string>> getTokenAsync) : ILiveDataTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default) => getTokenAsync(cancellationToken);

        public override string ToString() => "DelegateTokenProvider";
    }
}
