using System.Globalization;

namespace ShotTracker.LiveData.Internal.Tokens;

/// <summary>Validation of <see cref="HttpLiveDataTokenProviderOptions"/>, shared by the provider and the options validator.</summary>
internal static class HttpTokenProviderSettings
{
    // The methods a token endpoint can answer with a token; anything else (a typo such as GTE) fails at start-up, not at the first request.
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH"];

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public static void Validate(HttpLiveDataTokenProviderOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var template = options.RequestUriTemplate;
        if (string.IsNullOrWhiteSpace(template))
        {
            throw Invalid(nameof(options.RequestUriTemplate), "is required, for example https://api.example.com/games/{gameId}/token.");
        }

        var sample = template!.Replace(HttpLiveDataTokenProviderOptions.GameIdPlaceholder, "game");
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            throw Invalid(nameof(options.RequestUriTemplate), "must be an absolute http:// or https:// URI.");
        }

        _ = options.Method ?? throw Invalid(nameof(options.Method), "is required.");
        if (!Methods.Contains(options.Method.Method, StringComparer.OrdinalIgnoreCase))
        {
            var nearest = NearestName.Find(options.Method.Method, Methods) is { } m ? $" Did you mean {m}?" : string.Empty;
            throw Invalid(nameof(options.Method), $"must be GET, POST, PUT or PATCH, but is '{options.Method.Method}'.{nearest}");
        }

        _ = options.TokenPropertyPath ?? throw Invalid(nameof(options.TokenPropertyPath), "must not be null; use an empty string for an answer that is a bare JSON string.");
        if (options.TokenPropertyPath.Split('.').Any(p => p.Length == 0) && options.TokenPropertyPath.Length > 0)
        {
            throw Invalid(nameof(options.TokenPropertyPath), "must be property names joined by single dots, for example data.token.");
        }

        foreach (var header in options.Headers)
        {
            if (string.IsNullOrWhiteSpace(header.Key) || header.Value is null)
            {
                throw Invalid(nameof(options.Headers), "must have non-empty names and non-null values.");
            }
        }

        if (options.CacheLifetime is { } lifetime && lifetime <= TimeSpan.Zero)
        {
            throw Invalid(nameof(options.CacheLifetime), "must be null (no cache) or positive.");
        }

        if (options.MaxRetryAttempts < 0)
        {
            throw Invalid(nameof(options.MaxRetryAttempts), $"must not be negative, but is {options.MaxRetryAttempts.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (options.RetryDelay <= TimeSpan.Zero)
        {
            throw Invalid(nameof(options.RetryDelay), $"must be positive, but is {options.RetryDelay}.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            throw Invalid(nameof(options.AttemptTimeout), $"must be positive, but is {options.AttemptTimeout}.");
        }

        _ = options.TimeProvider ?? throw Invalid(nameof(options.TimeProvider), "is required.");
    }

    /// <summary>Renders a token endpoint URI for messages and logs: without its query, where API keys sometimes go.</summary>
    public static string Display(Uri uri) => uri.GetLeftPart(UriPartial.Path);

    private static ArgumentException Invalid(string option, string problem) =>
        new($"HttpLiveDataTokenProviderOptions.{option} {problem}", "options");
}
