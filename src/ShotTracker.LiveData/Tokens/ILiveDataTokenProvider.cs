namespace ShotTracker.LiveData;

/// <summary>
/// Supplies the subscription token the client connects with. The client asks for a token before every connection
/// attempt (the first one and every reconnect), and once more right after the service refused one, so a provider
/// that fetches or refreshes tokens always hands out a current one.
/// </summary>
/// <remarks>
/// Ready-made providers: <see cref="LiveDataTokenProvider.FromToken(string)"/> and
/// <see cref="LiveDataTokenProvider.FromDelegate(Func{CancellationToken, ValueTask{string}})"/>. Calls are never
/// concurrent for one client.
/// </remarks>
public interface ILiveDataTokenProvider
{
    /// <summary>Gets the token to connect with.</summary>
    /// <param name="cancellationToken">Cancelled when the stream stops.</param>
    /// <returns>The subscription token; never <see langword="null"/> or empty.</returns>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default);
}
