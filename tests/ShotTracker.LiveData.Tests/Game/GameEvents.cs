using ShotTracker.LiveData.Internal.Protocol;
using System.Globalization;

namespace ShotTracker.LiveData.Tests.Game;

/// <summary>Builds the events of a tiny two-team game from wire JSON, exactly as the client would deliver them.</summary>
internal static class GameEvents
{
    public const string Home = "5001";
    public const string Away = "5002";
    public static readonly string[] HomeFive = ["11", "12", "13", "14", "15"];
    public static readonly string[] AwayFive = ["21", "22", "23", "24", "25"];

    private static long _sequence;

    public static LiveDataEvent Parse(string json) => LiveDataMessageSerializer.Deserialize(json);

    public static LiveDataEvent Jerseys() => Sequenced("marker",
        $$$"""{"t":1000,"gameId":"g1","status":"JERSEY_COLOR","data":{"team1Id":"{{{Home}}}","team1JerseyColor":"#1E3A8A","team2Id":{{{Away}}},"team2JerseyColor":"#B91C1C"}}""");

    public static LiveDataEvent Lineup(string team, params string[] players) => Sequenced("marker",
        $$$"""{"t":1000,"gameId":"g1","status":"LINEUP","data":{"teamId":"{{{team}}}","players":[{{{string.Join(",", players.Select(p => $"\"{p}\""))}}}]}}""");

    /// <summary>A box score event at <paramref name="t"/> (milliseconds; <see langword="null"/> sends none).</summary>
    public static LiveDataEvent Stat(string team, string player, string classification, string? eventId = null, int version = 1, string period = "Q1", long? t = 2000) =>
        Sequenced("boxscorestatsv2",
            $$$"""{"classification":"{{{classification}}}","act":"PLAYER","eid":"{{{eventId ?? NewEventId()}}}","tid":"{{{team}}}",{{{(t is null ? "" : $"\"t\":{t},")}}}"gid":"g1","v":{{{version}}},"pid":"{{{player}}}","prd":"{{{period}}}"}""");

    public static LiveDataEvent Shot(string team, string player, bool made, bool three = false, string? eventId = null, string status = "RECORDED") =>
        Sequenced("chart",
            $$$"""{"eid":"{{{eventId ?? NewEventId()}}}","t":2000,"pid":"{{{player}}}","tid":"{{{team}}}","gid":"g1","st":"{{{(made ? "MAKE" : "MISS")}}}","is3":{{{(three ? "true" : "false")}}},"pts":{{{(made ? (three ? 3 : 2) : 0)}}},"px":1200,"py":-300,"s":"{{{status}}}","prd":"Q1"}""");

    public static LiveDataEvent Clock(string period, string min, string sec, string state = "STARTED", string? shotSec = "14") =>
        Parse($$$"""{"type":"data","source":"clock","data":{"gid":"g1","period":"{{{period}}}","type":"GAME_SHOT_CLOCK","state":"{{{state}}}","min":"{{{min}}}","sec":"{{{sec}}}","subSec":"0","shotSec":{{{(shotSec is null ? "null" : $"\"{shotSec}\"")}}},"shotSubSec":"0"}}""");

    public static LiveDataEvent Location(string period, long gameClockMs, params (long Player, long Team)[] players) =>
        Parse($$$"""{"type":"data","source":"location","data":{"gcms":{{{gameClockMs}}},"scms":14000,"cr":true,"period":"{{{period}}}","locations":[{{{string.Join(",", players.Select(Sample))}}},{"t":2000,"type":"BALL","bid":"b1","x":0,"y":0,"z":0}]}}""");

    /// <summary>A summary at 5000 ms with both teams and their players' points.</summary>
    public static LiveDataEvent Summary(string period, int homePoints, int awayPoints, params (string Player, bool Home, int Points)[] players) =>
        SummaryAt(5000, period, homePoints, awayPoints, players);

    /// <summary>A summary whose <c>at</c> is <paramref name="at"/> milliseconds, with both teams and their players' points.</summary>
    public static LiveDataEvent SummaryAt(long at, string period, int homePoints, int awayPoints, params (string Player, bool Home, int Points)[] players)
    {
        string Rows(bool home) => string.Join(",", players.Where(p => p.Home == home).Select(p =>
            $$$"""{"player_id":{{{p.Player}}},"jersey_number":{{{p.Player}}},"first_name":"First{{{p.Player}}}","last_name":"Last{{{p.Player}}}","position_abbr":"G","PTS":{{{p.Points}}}}"""));
        string Side(string team, string name, int points, bool home) =>
            $$$"""{"team":{"team_id":{{{team}}},"team_name":"{{{name}}}","PTS":{{{points}}}},"players":[{"player_id":0,"jersey_number":-1},{{{Rows(home)}}}]}""".Replace(",]", "]", StringComparison.Ordinal);
        var stats = $$$"""{"home":{{{Side(Home, "Omaha Owls", homePoints, true)}}},"away":{{{Side(Away, "Tulsa Foxes", awayPoints, false)}}}""" + "}";
        return Parse($$$"""{"type":"data","source":"broadcastsummary","data":{"at":{{{at}}},"period":"{{{period}}}","game_stats":{{{stats}}}""" + "}}");
    }

    public static IEnumerable<LiveDataEvent> TipOff() =>
        [Jerseys(), Lineup(Home, HomeFive), Lineup(Away, AwayFive), Clock("Q1", "10", "00")];

    private static string Sample((long Player, long Team) p) =>
        $$$"""{"t":2000,"type":"PLAYER","pid":{{{p.Player}}},"tid":{{{p.Team}}},"x":1,"y":2,"z":3}""";

    private static LiveDataEvent Sequenced(string source, string data) =>
        Parse($$$"""{"type":"data","source":"{{{source}}}","seq":{{{Interlocked.Increment(ref _sequence)}}},"data":{{{data}}}}""");

    private static string NewEventId() => "e" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
}
