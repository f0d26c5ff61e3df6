using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a <c>possessionstats</c> payload and its summary groups.</summary>
internal static class PossessionStatsDataReader
{
    private static readonly PropertyTable Names = new("t", "scope", "gid", "sid", "st", "tid", "summary");

    private static readonly PropertyTable GroupNames = new(
        "type", "POSS", "POSS_PCT", "PTS", "PPP", "2PTM", "2PTA", "2PT_PCT", "3PTM", "3PTA", "3PT_PCT", "TO", "TO_PCT", "EFG");

    public static PossessionStatsData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        long? t = null;
        string? scope = null, gid = null, sid = null, st = null, tid = null;
        PossessionGroupStats[]? summary = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            var path = Names.Path(field);
            switch (field)
            {
                case 0: t = PropertyReader.ReadInt64(ref reader, path); break;
                case 1: scope = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 2: gid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 3: sid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 4: st = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 5: tid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                default: summary = ObjectReader.ReadArray(ref reader, "summary", ReadGroup); break;
            }
        }

        return new PossessionStatsData
        {
            Timestamp = t,
            Scope = scope,
            GameId = gid,
            SessionId = sid,
            SessionType = st,
            TeamId = tid,
            Summary = summary,
            AdditionalProperties = extra,
        };
    }

    // An element of a list of records may be null, as the generated converter reads it.
    private static PossessionGroupStats ReadGroup(ref Utf8JsonReader reader) =>
        ObjectReader.ReadObject(ref reader, "summary[]", ReadGroupObject)!;

    private static PossessionGroupStats ReadGroupObject(ref Utf8JsonReader reader)
    {
        string? type = null;
        int? poss = null, pts = null, twoMade = null, twoAttempted = null, threeMade = null, threeAttempted = null, to = null;
        double? possPct = null, ppp = null, twoPct = null, threePct = null, toPct = null, efg = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, GroupNames, ref last, out var field, ref extra))
        {
            var path = GroupNames.Path(field);
            switch (field)
            {
                case 0: type = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case 1: poss = PropertyReader.ReadInt32(ref reader, path); break;
                case 2: possPct = PropertyReader.ReadDouble(ref reader, path); break;
                case 3: pts = PropertyReader.ReadInt32(ref reader, path); break;
                case 4: ppp = PropertyReader.ReadDouble(ref reader, path); break;
                case 5: twoMade = PropertyReader.ReadInt32(ref reader, path); break;
                case 6: twoAttempted = PropertyReader.ReadInt32(ref reader, path); break;
                case 7: twoPct = PropertyReader.ReadDouble(ref reader, path); break;
                case 8: threeMade = PropertyReader.ReadInt32(ref reader, path); break;
                case 9: threeAttempted = PropertyReader.ReadInt32(ref reader, path); break;
                case 10: threePct = PropertyReader.ReadDouble(ref reader, path); break;
                case 11: to = PropertyReader.ReadInt32(ref reader, path); break;
                case 12: toPct = PropertyReader.ReadDouble(ref reader, path); break;
                default: efg = PropertyReader.ReadDouble(ref reader, path); break;
            }
        }

        return new PossessionGroupStats
        {
            GroupType = type,
            Possessions = poss,
            PossessionPercentage = possPct,
            Points = pts,
            PointsPerPossession = ppp,
            TwoPointersMade = twoMade,
            TwoPointersAttempted = twoAttempted,
            TwoPointPercentage = twoPct,
            ThreePointersMade = threeMade,
            ThreePointersAttempted = threeAttempted,
            ThreePointPercentage = threePct,
            Turnovers = to,
            TurnoverPercentage = toPct,
            EffectiveFieldGoalPercentage = efg,
            AdditionalProperties = extra,
        };
    }
}
