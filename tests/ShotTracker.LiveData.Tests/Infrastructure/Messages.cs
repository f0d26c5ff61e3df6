using System.Globalization;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Wire messages for test servers.</summary>
internal static class Messages
{
    public const string Pong = """{"type":"pong"}""";

    public static string Sequenced(long seq, string source = "chart") =>
        "{\"type\":\"data\",\"source\":\"" + source + "\",\"seq\":" + seq.ToString(CultureInfo.InvariantCulture) + ",\"data\":{}}";

    public static string Clock(int tick) =>
        "{\"type\":\"data\",\"source\":\"clock\",\"data\":{\"min\":\"" + tick.ToString(CultureInfo.InvariantCulture) + "\"}}";

    public static string Unknown(string source, string blob) =>
        "{\"type\":\"data\",\"source\":\"" + source + "\",\"data\":{\"blob\":\"" + blob + "\"}}";
}
