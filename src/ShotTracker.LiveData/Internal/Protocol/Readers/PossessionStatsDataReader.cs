using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>possessionstats</c> payload and its summary groups.</summary>
internal static class PossessionStatsDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.T, "t"), (Field.Scope, "scope"), (Field.Gid, "gid"), (Field.Sid, "sid"), (Field.St, "st"),
        (Field.Tid, "tid"), (Field.Summary, "summary"));

    private static readonly PropertyTable GroupNames = PropertyTable.Of(
        (GroupField.Type, "type"), (GroupField.Poss, "POSS"), (GroupField.PossPct, "POSS_PCT"),
        (GroupField.Pts, "PTS"), (GroupField.Ppp, "PPP"), (GroupField.Twoptm, "2PTM"), (GroupField.Twopta, "2PTA"),
        (GroupField.TwoptPct, "2PT_PCT"), (GroupField.Threeptm, "3PTM"), (GroupField.Threepta, "3PTA"),
        (GroupField.ThreeptPct, "3PT_PCT"), (GroupField.To, "TO"), (GroupField.ToPct, "TO_PCT"),
        (GroupField.Efg, "EFG"));

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
                case (int)Field.T: t = PropertyReader.ReadInt64(ref reader, path); break;
                case (int)Field.Scope: scope = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Gid: gid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Sid: sid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.St: st = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.Tid: tid = PropertyReader.ReadRepeatedString(ref reader, path); break;
                default: summary = ObjectReader.ReadArray(ref reader, "summary", ReadGroup); break; // Field.Summary
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
                case (int)GroupField.Type: type = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)GroupField.Poss: poss = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)GroupField.PossPct: possPct = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)GroupField.Pts: pts = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)GroupField.Ppp: ppp = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)GroupField.Twoptm: twoMade = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)GroupField.Twopta: twoAttempted = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)GroupField.TwoptPct: twoPct = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)GroupField.Threeptm: threeMade = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)GroupField.Threepta: threeAttempted = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)GroupField.ThreeptPct: threePct = PropertyReader.ReadDouble(ref reader, path); break;
                case (int)GroupField.To: to = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)GroupField.ToPct: toPct = PropertyReader.ReadDouble(ref reader, path); break;
                default: efg = PropertyReader.ReadDouble(ref reader, path); break; // GroupField.Efg
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

    private enum Field
    {
        T,
        Scope,
        Gid,
        Sid,
        St,
        Tid,
        Summary,
    }

    private enum GroupField
    {
        Type,
        Poss,
        PossPct,
        Pts,
        Ppp,
        Twoptm,
        Twopta,
        TwoptPct,
        Threeptm,
        Threepta,
        ThreeptPct,
        To,
        ToPct,
        Efg,
    }
}
