using Polly;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>A validated, immutable copy of <see cref="LiveDataClientOptions"/>.</summary>
internal sealed partial class ClientSettings
{
    private static readonly string[] ReservedParameters = ["token", "source", "broadcast_summary_level", "last_seq"];

    private ClientSettings(LiveDataClientOptions options, ILiveDataTokenProvider tokenProvider, ILiveDataMessageRecorder? recorder)
    {
        TokenProvider = tokenProvider;
        Query = new SubscriptionQuery(
            options.Endpoint!,
            LiveDataSourceExtensions.All.Where(options.Sources.Contains).ToArray(),
            options.BroadcastSummaryLevel,
            options.AdditionalQueryParameters.ToArray());
        KeepAlive = new KeepAliveSettings(options.PingInterval, options.PongTimeout, options.TimeProvider);
        Socket = new SocketSettings(
            options.ConnectTimeout,
            options.EnableCompression,
            options.TimeProvider,
            options.UserAgent,
            options.RequestHeaders.ToArray(),
            options.Proxy,
            options.ConfigureWebSocket);
        LastSequence = options.LastSequence;
        CloseTimeout = options.CloseTimeout;
        MaxMessageSize = options.MaxMessageSize;
        Delivery = DeliverySettings.Create(
            options.BackpressurePolicies,
            options.EventBufferCapacity,
            options.EmitGapEvents,
            options.Sources,
            recorder,
            options.TimeProvider);
        TimeProvider = options.TimeProvider;
        FirstConnectionAttempts = options.FirstConnectionAttempts ?? int.MaxValue;
        ReconnectPipeline = options.ReconnectPipeline ?? ReconnectPipelineFactory.Create(options.Reconnect, options.TimeProvider);
    }

    public Uri Endpoint => Query.Endpoint;

    public ILiveDataTokenProvider TokenProvider { get; }

    /// <summary>Gets the parts of the connection URI that stay the same across reconnects.</summary>
    public SubscriptionQuery Query { get; }

    /// <summary>Gets the keep-alive settings handed to each connection's keep-alive loop.</summary>
    public KeepAliveSettings KeepAlive { get; }

    /// <summary>Gets how each socket is set up and opened.</summary>
    public SocketSettings Socket { get; }

    public long? LastSequence { get; }

    public TimeSpan CloseTimeout { get; }

    public int MaxMessageSize { get; }






    /// <summary>Gets how received messages are delivered (back-pressure, buffer, gaps, recorder).</summary>
    public DeliverySettings Delivery { get; }

    public TimeProvider TimeProvider { get; }

    public ResiliencePipeline ReconnectPipeline { get; }

    /// <summary>Gets how many attempts a stream gets before its first delivery (no limit: <see cref="int.MaxValue"/>).</summary>
    public int FirstConnectionAttempts { get; }

    /// <summary>
    /// Gets how long a connection must have stayed open to count as progress although it delivered nothing new (a
    /// quiet feed at halftime): reconnecting at once after it is one attempt per 30 s at most, which cannot storm.
    /// A constant, not derived from the reconnect options, so a user's own pipeline replaces the whole policy.
    /// </summary>
    public TimeSpan StableConnectionTime { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Validates and copies <paramref name="options"/>; <paramref name="tokenProvider"/> and <paramref name="recorder"/>,
    /// when given, replace its token provider and recorder.
    /// </summary>
    public static ClientSettings Create(LiveDataClientOptions options, ILiveDataTokenProvider? tokenProvider = null, ILiveDataMessageRecorder? recorder = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        Validate(options, requireTokenProvider: tokenProvider is null);
        return new ClientSettings(options, tokenProvider ?? options.TokenProvider!, recorder ?? options.Recorder);
    }
}
