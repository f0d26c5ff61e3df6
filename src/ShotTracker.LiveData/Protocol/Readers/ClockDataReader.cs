using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>Reads a <c>clock</c> payload (2 Hz): every value is a short string that repeats tick after tick, so all are shared.</summary>
internal static class ClockDataReader
{
    private static readonly PropertyTable Names = new(
        "gid", "period", "type", "state", "source", "min", "sec", "subSec", "shotSec", "shotSubSec", "controllerId");

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
                case 0: gid = value; break;
                case 1: period = value; break;
                case 2: type = value; break;
                case 3: state = value; break;
                case 4: source = value; break;
                case 5: min = value; break;
                case 6: sec = value; break;
                case 7: subSec = value; break;
                case 8: shotSec = value; break;
                case 9: shotSubSec = value; break;
                default: controllerId = value; break;
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
}
