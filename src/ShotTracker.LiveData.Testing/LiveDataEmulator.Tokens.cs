using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ShotTracker.LiveData.Testing;

/// <summary>
/// The token endpoint: what an app's own token service does for it in production (hand out the game's Live Data
/// token), so the app's <c>AddHttpTokenProvider</c> configuration can be tested against the emulator as well.
/// </summary>
public sealed partial class LiveDataEmulator
{
    /// <summary>The path the token endpoint is served under; the game id is the next segment.</summary>
    internal const string TokenPathBase = "/tokens";

    private const string ApiKeyHeader = "X-Api-Key";

    private readonly List<string> _tokenRequests = [];
    private readonly string? _tokenApiKey;
    private int _tokenRequestsSeen;

    /// <summary>
    /// Gets the token endpoint's URI template, <c>http://127.0.0.1:{port}/tokens/{gameId}</c>, ready for
    /// <c>HttpLiveDataTokenProviderOptions.RequestUriTemplate</c>. A GET or POST answers
    /// <c>{"token":"…","game_id":"…","expires_in":3600}</c> with <see cref="Token"/> for any game id, 401 without the
    /// <see cref="LiveDataEmulatorOptions.TokenApiKey"/> when one is set, or 503 while
    /// <see cref="EmulatorFaults.TokenRequestFailures"/> lasts.
    /// </summary>
    public string TokenUriTemplate { get; private set; } = null!;

    /// <summary>Gets the game id of every request to the token endpoint, answered or refused, in arrival order.</summary>
    public IReadOnlyList<string> TokenRequests
    {
        get
        {
            lock (_tokenRequests)
            {
                return _tokenRequests.ToArray();
            }
        }
    }

    private async Task HandleTokenRequestAsync(HttpContext context, PathString gamePath)
    {
        var gameId = gamePath.HasValue ? gamePath.Value!.TrimStart('/') : string.Empty;
        if (gameId.Length == 0 || gameId.Contains('/', StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        lock (_tokenRequests)
        {
            _tokenRequests.Add(gameId);
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (Interlocked.Increment(ref _tokenRequestsSeen) <= Faults.TokenRequestFailures)
        {
            await WriteJsonAsync(context, StatusCodes.Status503ServiceUnavailable, writer => writer.WriteString("error", "token service unavailable")).ConfigureAwait(false);
            return;
        }

        if (_tokenApiKey is { } apiKey && !string.Equals(context.Request.Headers[ApiKeyHeader].ToString(), apiKey, StringComparison.Ordinal))
        {
            await WriteJsonAsync(context, StatusCodes.Status401Unauthorized, writer => writer.WriteString("error", "invalid api key")).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteString("token", Token);
            writer.WriteString("game_id", gameId);
            writer.WriteNumber("expires_in", 3600);
        }).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> writeProperties)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
    }

    private void SetTokenUriTemplate(int port) =>
        TokenUriTemplate = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}{TokenPathBase}/{{gameId}}";
}
