namespace ShotTracker.LiveData.EndToEnd.Feed;

/// <summary>The subscription URI the raw consumers build by hand (the SDK builds its own).</summary>
internal static class FeedUri
{
    /// <summary>
    /// Appends <c>token</c> and <c>source</c> to the endpoint's query; without a source (the emulator's whole game) just
    /// the token, as a client with no <see cref="LiveDataClientOptions.Sources"/> asks.
    /// </summary>
    public static Uri Subscribe(Uri endpoint, string token, FeedSource? source) =>
        new($"{endpoint}{(string.IsNullOrEmpty(endpoint.Query) ? "?" : "&")}token={Uri.EscapeDataString(token)}{(source is null ? "" : $"&source={source.Name}")}");
}
