using System.Text;
using ShotTracker.LiveData.Protocol;

namespace ShotTracker.LiveData.Tests.Protocol;

public sealed class ReadmeParseTests
{
    [Theory]
    [InlineData("""{"type":"data","source":"chart","seq":7,"data":{"pid":"23","st":"MAKE","pts":3}}""", "#7: 23 Make 3 pts")]
    [InlineData("""{"type":"data","source":"location","data":{"gcms":1000,"locations":[{"pid":"1"},{"pid":"2"}]}}""", "2 tracked at 1000 ms")]
    [InlineData("""{"type":"data","source":"heatmap","data":{}}""", "new message type data/heatmap, kept as raw JSON")]
    public void ParseAMessage_AsInTheReadme_PrintsWhatItIs(string json, string printed)
    {
        var utf8Bytes = Encoding.UTF8.GetBytes(json);
        var console = new StringWriter();

        Parse(utf8Bytes, console);

        console.ToString().TrimEnd().Should().Be(printed);
    }

    private static void Parse(byte[] utf8Bytes, TextWriter Console)
    {
        #region README: Parse a message
        LiveDataEvent e = LiveDataMessageSerializer.Deserialize(utf8Bytes);
        switch (e)
        {
            case ChartEvent shot:
                Console.WriteLine($"#{shot.Sequence}: {shot.Data.PlayerId} {shot.Data.Result} {shot.Data.Points} pts");
                break;
            case LocationEvent frame:
                Console.WriteLine($"{frame.Data.Locations?.Count} tracked at {frame.Data.GameClockMilliseconds} ms");
                break;
            case UnknownLiveDataEvent unknown:
                Console.WriteLine($"new message type {unknown.Type}/{unknown.SourceName}, kept as raw JSON");
                break;
        }
        #endregion
    }
}
