using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a <c>clock</c> payload (2 Hz): every value is a short string that repeats tick after tick, so all are shared.</summary>
internal static class ClockDataReader
{
    private static readonly PropertyTable Names = PropertyTable.Of(
        (Field.Gid, "gid"), (Field.Period, "period"), (Field.Type, "type"), (Field.State, "state"),
        (Field.Source, "source"), (Field.Min, "min"), (Field.Sec, "sec"), (Field.SubSec, "subSec"),
        (Field.ShotSec, "shotSec"), (Field.ShotSubSec, "shotSubSec"), (Field.ControllerId, "controllerId"));

    public static ClockData Read(ref Utf8JsonReader reader)
    {
        ObjectReader.Start(ref reader, "data");
        string? gid = null, period = null, type = null, state = null, source = null, min = null, sec = null;
        string? subSec = null, shotSec = null, shotSubSec = null, controllerId = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            var value = PropertyReader.ReadRepeatedString(ref reader, Names, field);
            switch (field)
            {
                case (int)Field.Gid: gid = value; break;
                case (int)Field.Period: period = value; break;
                case (int)Field.Type: type = value; break;
                case (int)Field.State: state = value; break;
                case (int)Field.Source: source = value; break;
                case (int)Field.Min: min = value; break;
                case (int)Field.Sec: sec = value; break;
                case (int)Field.SubSec: subSec = value; break;
                case (int)Field.ShotSec: shotSec = value; break;
                case (int)Field.ShotSubSec: shotSubSec = value; break;
                default: controllerId = value; break; // Field.ControllerId
            }
        }

        return new ClockData
        {
            GameId = gid,
            Period = period,
            Type = type,
            State = state,
            ClockSource = source,
            Minutes = min,
            Seconds = sec,
            SubSeconds = subSec,
            ShotClockSeconds = shotSec,
            ShotClockSubSeconds = shotSubSec,
            ControllerId = controllerId,
            AdditionalProperties = extra,
        };
    }

    private enum Field
    {
        Gid,
        Period,
        Type,
        State,
        Source,
        Min,
        Sec,
        SubSec,
        ShotSec,
        ShotSubSec,
        ControllerId,
    }
}
