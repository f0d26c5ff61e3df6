namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>What <c>AddShotTrackerLiveData</c> registered under one name (kept as named options).</summary>
internal sealed class LiveDataClientRegistration
{
    /// <summary>Gets or sets whether the name was registered at all.</summary>
    public bool Registered { get; set; }

    /// <summary>Gets or sets whether the token provider is the HTTP one (so its options are validated at start-up).</summary>
    public bool UsesHttpTokenProvider { get; set; }

    /// <summary>Gets or sets the per-game token provider factory, or <see langword="null"/> to use <see cref="LiveDataClientOptions.TokenProvider"/>.</summary>
    public Func<IServiceProvider, string, ILiveDataTokenProvider>? TokenProviderFactory { get; set; }

    /// <summary>Gets or sets the configuration the client options were bound from, if any (named when it is missing).</summary>
    public Microsoft.Extensions.Configuration.IConfiguration? ClientSection { get; set; }

    /// <summary>Gets or sets the configuration the HTTP token provider's options were bound from, if any.</summary>
    public Microsoft.Extensions.Configuration.IConfiguration? TokenSection { get; set; }
}
