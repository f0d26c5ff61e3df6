using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal.Tokens;

namespace ShotTracker.LiveData;

/// <summary>
/// Gets subscription tokens for one game or drill from an HTTP endpoint (the Game Subscription Token endpoint): sends
/// the configured request with <c>{gameId}</c> substituted and reads the token from the JSON answer.
/// </summary>
/// <remarks>
/// <para>
/// Failed requests (no answer, 408, 429, 5xx) are retried with exponential backoff and jitter
/// (<see cref="HttpLiveDataTokenProviderOptions.MaxRetryAttempts"/>); other errors throw a
/// <see cref="LiveDataTokenException"/> with the status code at once. The token, the request headers and the answer's
/// body never appear in exceptions or logs.
/// </para>
/// <para>
/// Safe for concurrent use. The <see cref="HttpClient"/> is not disposed by the provider; with dependency injection it
/// comes from <c>IHttpClientFactory</c> (see <c>AddHttpTokenProvider</c>).
/// </para>
/// </remarks>
public sealed class HttpLiveDataTokenProvider : ILiveDataTokenProvider
{
    private readonly Func<HttpClient> _httpClient;
    private readonly ILogger _logger;
    private readonly Uri _requestUri;
    private readonly string _display;
    private readonly HttpMethod _method;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly Func<HttpRequestMessage, CancellationToken, ValueTask>? _configureRequest;
    private readonly string[] _path;
    private readonly TimeSpan? _cacheLifetime;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private CachedToken? _cached;

    /// <summary>Initializes a provider for one game.</summary>
    /// <param name="httpClient">The client that sends the requests.</param>
    /// <param name="gameId">The game or drill id that replaces <c>{gameId}</c> in the request URI.</param>
    /// <param name="options">The endpoint configuration; validated and copied here.</param>
    /// <param name="logger">Where to log requests and failures; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty, or an option is invalid; the message names it.</exception>
    public HttpLiveDataTokenProvider(HttpClient httpClient, string gameId, HttpLiveDataTokenProviderOptions options, ILogger<HttpLiveDataTokenProvider>? logger = null)
        : this(httpClient is null ? throw new ArgumentNullException(nameof(httpClient)) : () => httpClient, gameId, options, logger)
    {
    }

    /// <summary>
    /// Initializes a provider that takes a client from <paramref name="httpClient"/> for every request, so a long game
    /// does not pin one <c>IHttpClientFactory</c> handler (and its DNS answers) for hours.
    /// </summary>
    internal HttpLiveDataTokenProvider(Func<HttpClient> httpClient, string gameId, HttpLiveDataTokenProviderOptions options, ILogger? logger)
    {
        _httpClient = httpClient;
        if (string.IsNullOrEmpty(gameId))
        {
            throw new ArgumentException("The game id must not be null or empty.", nameof(gameId));
        }

        HttpTokenProviderSettings.Validate(options);
        GameId = gameId;
        _logger = logger ?? NullLogger.Instance;
        _requestUri = new Uri(options.RequestUriTemplate!.Replace(HttpLiveDataTokenProviderOptions.GameIdPlaceholder, Uri.EscapeDataString(gameId)));
        _display = HttpTokenProviderSettings.Display(_requestUri);
        _method = options.Method;
        _headers = options.Headers.ToArray();
        _configureRequest = options.ConfigureRequest;
        _path = options.TokenPropertyPath.Length == 0 ? [] : options.TokenPropertyPath.Split('.');
        _cacheLifetime = options.CacheLifetime;
        _timeProvider = options.TimeProvider;
        _pipeline = CreatePipeline(options);
    }

    /// <summary>Gets the game or drill id this provider fetches tokens for.</summary>
    public string GameId { get; }

    /// <inheritdoc/>
    /// <exception cref="LiveDataTokenException">The endpoint answered with an error, could not be reached, or its answer held no token.</exception>
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _cached) is { } cached && _timeProvider.GetUtcNow() < cached.ValidUntil)
        {
            LiveDataTokenLog.Cached(_logger, GameId);
            return cached.Token;
        }

        using var activity = LiveDataActivities.StartToken(GameId);
        try
        {
            var token = await FetchAsync(cancellationToken).ConfigureAwait(false);
            if (_cacheLifetime is { } lifetime)
            {
                Volatile.Write(ref _cached, new CachedToken(token, _timeProvider.GetUtcNow() + lifetime));
            }

            return token;
        }
        catch (LiveDataTokenException ex)
        {
            // Logged where it failed, which knows what failed.
            LiveDataActivities.SetError(activity, ex);
            throw;
        }
    }

    /// <summary>Returns a description without secrets, for example <c>HttpLiveDataTokenProvider(game 42, https://host/games/42/token)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"HttpLiveDataTokenProvider(game {GameId}, {_display})";

    private async Task<string> FetchAsync(CancellationToken cancellationToken)
    {
        LiveDataTokenLog.Requesting(_logger, GameId, _display);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(static (self, ct) => self.SendAsync(ct), this, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            var seconds = ex.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            // Without the stack trace: a timeout's says nothing a person can act on, and the message says it all.
            LiveDataTokenLog.Failed(_logger, GameId, $"no answer within {seconds} s", null);
            throw LoggedExceptions.Mark(new LiveDataTokenException($"The token endpoint {_display} did not answer within {seconds} s.", null, ex));
        }
        catch (HttpRequestException ex)
        {
            LiveDataTokenLog.Failed(_logger, GameId, $"the endpoint could not be reached ({ex.Message.TrimEnd('.')})", null);
            throw LoggedExceptions.Mark(new LiveDataTokenException($"The token endpoint {_display} could not be reached: {ex.Message}", null, ex));
        }

        using (response)
        {
            var status = response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var answer = $"HTTP {((int)status).ToString(CultureInfo.InvariantCulture)} ({response.ReasonPhrase})";
                LiveDataTokenLog.Failed(_logger, GameId, answer, null);
                throw LoggedExceptions.Mark(new LiveDataTokenException($"The token endpoint {_display} answered {answer} for game {GameId}.", status));
            }

            var token = await ReadTokenAsync(response, cancellationToken).ConfigureAwait(false);
            LiveDataTokenLog.Received(_logger, GameId, (int)status);
            return token;
        }
    }

    private async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(_method, _requestUri);
        foreach (var header in _headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (_configureRequest is not null)
        {
            await _configureRequest(request, cancellationToken).ConfigureAwait(false);
        }

        return await _httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ReadTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            // Neither the parser's message nor the exception is kept: they may quote the answer, and the answer may be a token.
            var problem = $"is not valid JSON (line {ex.LineNumber}, byte {ex.BytePositionInLine})";
            throw NoToken(response, "the answer " + problem, $"The answer of the token endpoint {_display} {problem}.");
        }

        using (document)
        {
            var element = document.RootElement;
            foreach (var name in _path)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    var path = string.Join(".", _path);
                    throw NoToken(response, $"the answer has no property '{path}' (TokenPropertyPath)", $"The answer of the token endpoint {_display} has no property '{path}'.");
                }
            }

            if (element.ValueKind != JsonValueKind.String || element.GetString() is not { Length: > 0 } token)
            {
                var problem = $"the property '{string.Join(".", _path)}' in the answer is {element.ValueKind}, not a non-empty string";
                throw NoToken(response, problem, $"The property '{string.Join(".", _path)}' in the answer of the token endpoint {_display} is {element.ValueKind}, not a non-empty string.");
            }

            return token;
        }
    }

    /// <summary>Logs and returns the error for a successful answer that holds no token; neither text quotes the answer.</summary>
    private LiveDataTokenException NoToken(HttpResponseMessage response, string problem, string message)
    {
        LiveDataTokenLog.NoToken(_logger, GameId, (int)response.StatusCode, problem);
        return LoggedExceptions.Mark(new LiveDataTokenException(message, response.StatusCode));
    }

    private ResiliencePipeline<HttpResponseMessage> CreatePipeline(HttpLiveDataTokenProviderOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = static args => new ValueTask<bool>(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } r } => IsTransient(r.StatusCode),
                    _ => false,
                }),
                OnRetry = args =>
                {
                    var problem = args.Outcome.Result is { } r
                        ? "HTTP " + ((int)r.StatusCode).ToString(CultureInfo.InvariantCulture)
                        : args.Outcome.Exception!.GetType().Name;
                    LiveDataTokenLog.Retrying(_logger, GameId, problem, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or >= 500;

    /// <summary>A class, not a record: a record's generated <c>ToString</c> would print the token.</summary>
    private sealed class CachedToken(string token, DateTimeOffset validUntil)
    {
        public string Token { get; } = token;

        public DateTimeOffset ValidUntil { get; } = validUntil;
    }
}
