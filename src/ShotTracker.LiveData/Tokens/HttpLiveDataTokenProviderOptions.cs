using System.Diagnostics;
using System.Globalization;

namespace ShotTracker.LiveData;

/// <summary>
/// Configures an <see cref="HttpLiveDataTokenProvider"/>: where the Game Subscription Token endpoint is, how to
/// authenticate to it and where the token is in its JSON answer.
/// </summary>
/// <remarks>The token endpoint's path and answer are not part of the published API, so all of it is configurable.</remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class HttpLiveDataTokenProviderOptions
{
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>The placeholder in <see cref="RequestUriTemplate"/> replaced by the (URI-escaped) game or drill id.</summary>
    public const string GameIdPlaceholder = "{gameId}";

    /// <summary>
    /// Gets or sets the absolute <c>http(s)://</c> URI of the token endpoint, with <c>{gameId}</c> where the game or drill
    /// id goes, for example <c>https://api.example.com/v2/games/{gameId}/token</c>.
    /// </summary>
    /// <value>There is no default: required.</value>
    public string? RequestUriTemplate { get; set; }

    /// <summary>Gets or sets the HTTP method of the token request.</summary>
    /// <value>The default is <see cref="HttpMethod.Get"/>.</value>
    public HttpMethod Method { get; set; } = HttpMethod.Get;

    /// <summary>
    /// Gets the headers sent with every token request, for example <c>X-Api-Key</c> or <c>Authorization: Bearer …</c>.
    /// Their values are treated as secrets: never logged and never in exception messages.
    /// </summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a callback that may change each request before it is sent (a body for <c>POST</c>, a freshly
    /// obtained bearer token…). It runs for every attempt, retries included.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public Func<HttpRequestMessage, CancellationToken, ValueTask>? ConfigureRequest { get; set; }

    /// <summary>
    /// Gets or sets the path of the JSON string property that holds the token in the answer: a property name, or
    /// names joined by dots for nested objects (<c>data.token</c>). An answer that is a bare JSON string is taken as
    /// the token when this is empty.
    /// </summary>
    /// <value>The default is <c>token</c>.</value>
    public string TokenPropertyPath { get; set; } = "token";

    /// <summary>
    /// Gets or sets how long a fetched token is reused before the endpoint is asked again. Keep it shorter than the
    /// token's own lifetime: a refused token is only replaced once it has left the cache.
    /// </summary>
    /// <value>The default is <see langword="null"/>: every connection attempt fetches a token.</value>
    public TimeSpan? CacheLifetime { get; set; }

    /// <summary>Gets or sets how often a failed request (no answer, 408, 429, 5xx) is retried, with exponential backoff and jitter.</summary>
    /// <value>The default is 3. Zero disables the built-in retries (for example when the HTTP client has a resilience handler of its own).</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; it doubles with each retry.</summary>
    /// <value>The default is 0.5 seconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets how long one request attempt may take.</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the clock for retries, timeouts and the cache.</summary>
    /// <value>
    /// The default is <see cref="TimeProvider.System"/>; with dependency injection, the container's
    /// <see cref="TimeProvider"/> when it registers one and this is not set (setting <see cref="TimeProvider.System"/>
    /// keeps the system clock).
    /// </value>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set
        {
            _timeProvider = value;
            IsTimeProviderSet = true;
        }
    }

    /// <summary>Gets whether <see cref="TimeProvider"/> was set, to any clock: dependency injection then keeps it.</summary>
    internal bool IsTimeProviderSet { get; private set; }

    /// <summary>
    /// Returns the options without secrets, for logs and the debugger: header values and the template's query (where
    /// API keys sometimes go) appear as <c>***</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var template = RequestUriTemplate is { } t && t.IndexOf('?') is var q and >= 0 ? t.Substring(0, q) + "?***" : RequestUriTemplate ?? "(none)";
        var headers = string.Join(", ", Headers.Keys.Select(k => k + " = ***"));
        return $"HttpLiveDataTokenProviderOptions {{ RequestUriTemplate = {template}, Method = {Method}, Headers = {{ {headers} }}, "
            + $"ConfigureRequest = {(ConfigureRequest is null ? "none" : "set")}, TokenPropertyPath = {TokenPropertyPath}, "
            + $"CacheLifetime = {(CacheLifetime is { } c ? c.ToString() : "none")}, MaxRetryAttempts = {MaxRetryAttempts.ToString(CultureInfo.InvariantCulture)}, "
            + $"RetryDelay = {RetryDelay}, AttemptTimeout = {AttemptTimeout} }}";
    }

    // What a debugger shows for the options: never the request URI (it may carry a key) or a header's value.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{Method} '{TokenPropertyPath}', {Headers.Count} headers, cache {CacheLifetime}, {MaxRetryAttempts} retries");
}
