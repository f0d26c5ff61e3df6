using System.Globalization;
using System.Text;
using ShotTracker.LiveData.Internal.Diagnostics;

namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>Builds the connection URI (wire contract §1) and renders URIs safely for logs and messages.</summary>
internal static class ConnectionUri
{
    /// <summary>
    /// Builds <c>{endpoint}?token=…[&amp;source=…]*[&amp;broadcast_summary_level=…][&amp;extra…][&amp;last_seq=…]</c>,
    /// keeping any query the endpoint already has.
    /// </summary>
    public static Uri Build(SubscriptionQuery settings, string token, long? lastSequence)
    {
        var query = new StringBuilder();
        var existing = settings.Endpoint.Query.TrimStart('?');
        if (existing.Length > 0)
        {
            query.Append(existing).Append('&');
        }

        Append(query, "token", token);
        foreach (var source in settings.Sources)
        {
            Append(query, "source", source.ToWireName());
        }

        if (settings.BroadcastSummaryLevel is { } level)
        {
            Append(query, "broadcast_summary_level", level);
        }

        foreach (var pair in settings.AdditionalQueryParameters)
        {
            Append(query, pair.Key, pair.Value);
        }

        if (lastSequence is { } seq)
        {
            Append(query, "last_seq", seq.ToString(CultureInfo.InvariantCulture));
        }

        query.Length--;
        return new UriBuilder(settings.Endpoint) { Query = query.ToString() }.Uri;
    }

    private static void Append(StringBuilder query, string name, string value) =>
        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
}
