using System.Text.RegularExpressions;

namespace ShotTracker.LiveData.Internal.Diagnostics;

/// <summary>
/// Renders a URI safely for logs, traces and messages: the value of every <c>token</c> parameter becomes <c>***</c>.
/// Here rather than with the transport that builds the URI, so that telemetry below the transport can use it.
/// </summary>
internal static class RedactedUri
{
    /// <summary>The stand-in for the token wherever a URI is shown.</summary>
    public const string RedactedToken = "***";

    private static readonly Regex TokenParameter = new("(?<=[?&]token=)[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Renders <paramref name="uri"/> with the value of every <c>token</c> parameter replaced by <c>***</c>.</summary>
    public static string Of(Uri uri) => Of(uri.AbsoluteUri);

    /// <summary>Renders <paramref name="uri"/> with the value of every <c>token</c> parameter replaced by <c>***</c>.</summary>
    public static string Of(string uri) => TokenParameter.Replace(uri, RedactedToken);
}
