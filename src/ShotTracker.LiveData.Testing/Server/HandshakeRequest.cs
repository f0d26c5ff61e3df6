using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ShotTracker.LiveData.Testing.Server;

/// <summary>The documented query parameters of one handshake; anything else in the query is ignored.</summary>
internal sealed class HandshakeRequest
{
    public string? Token { get; private init; }

    /// <summary>Gets the requested source names (lower-case wire names as sent); empty means all sources.</summary>
    public IReadOnlySet<string> Sources { get; private init; } = new HashSet<string>();

    public string? SummaryLevel { get; private init; }

    public long? LastSequence { get; private init; }

    public static bool TryParse(IQueryCollection query, out HandshakeRequest request, out string? error)
    {
        error = null;
        long? lastSequence = null;
        var lastSeqText = query["last_seq"].ToString();
        if (lastSeqText.Length > 0)
        {
            if (!long.TryParse(lastSeqText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
            {
                error = "last_seq must be a non-negative integer.";
            }
            else
            {
                lastSequence = parsed;
            }
        }

        request = new HandshakeRequest
        {
            Token = query["token"].FirstOrDefault(),
            Sources = query["source"].Where(s => !string.IsNullOrEmpty(s)).Select(s => s!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            SummaryLevel = query["broadcast_summary_level"].FirstOrDefault(),
            LastSequence = lastSequence,
        };
        return error is null;
    }

    public bool Wants(EmulatedMessage message) =>
        Sources.Count == 0 || (message.Source is { } source && Sources.Contains(source));
}
