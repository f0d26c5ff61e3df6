using System.Text;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// Frames found by <see cref="ParserFuzzTests"/>, reduced to a minimum. Most once escaped as an exception other than
/// <see cref="LiveDataProtocolException"/>, were accepted and then failed to write back, or (a repeated
/// <c>source</c>) were read as the wrong type; the rest pin their neighbours (seq out of range, names in payloads).
/// Frames are written as ASCII with <c>\xNN</c> for a raw byte; JSON escapes such as <c>\ud800</c> are literal.
/// </summary>
public sealed class ParserContractRegressionTests
{
    [Theory]
    [InlineData("InvalidUtf8InSource", """{"type":"data","source":"marke\xDB","data":{}}""", "$.source")]
    [InlineData("InvalidUtf8InType", """{"type":"da\xC6a","source":"clock","data":{}}""", "$.type")]
    [InlineData("InvalidUtf8InEnvelopeName", """{"typ\xF1":"data"}""", "$")]
    [InlineData("LoneSurrogateInEnvelopeName", """{"sou\ud800rce":"clock","type":"data","data":{}}""", "$")]
    [InlineData("ReversedSurrogatesInType", """{"type":"\udc00\ud800"}""", "$.type")]
    [InlineData("LoneLowSurrogateInSource", """{"type":"data","source":"\udc00","data":{}}""", "$.source")]
    [InlineData("LoneSurrogateInSeq", """{"type":"data","source":"chart","seq":"\ud800","data":{}}""", "$.seq")]
    [InlineData("InvalidUtf8InSeq", """{"type":"data","source":"chart","seq":"a\x80","data":{}}""", "$.seq")]
    [InlineData("SeqBeyondInt64", """{"type":"data","source":"chart","seq":9223372036854775808,"data":{}}""", "$.seq")]
    [InlineData("SeqOverflowsDouble", """{"type":"data","source":"chart","seq":1e400,"data":{}}""", "$.seq")]
    [InlineData("LoneSurrogateInEnvelopeExtra", """{"extra":"\ud800","type":"pong"}""", "$.extra")]
    [InlineData("InvalidUtf8InPayloadExtra", """{"type":"data","source":"clock","data":{"x":"\xE2\x82"}}""", "$.data")]
    [InlineData("LoneSurrogateInPayloadExtraName", """{"type":"data","source":"marker","data":{"data":{"\ud800":1}}}""", "$.data.data")]
    [InlineData("LoneSurrogateInRawList", """{"type":"data","source":"possessions","data":{"possession":{"responseView":{"possessions":["\ud800"]}}}}""", "$.data.possession.responseView.possessions")]
    [InlineData("InvalidUtf8InRawList", """{"type":"data","source":"possessions","data":{"possession":{"responseView":{"events":[{"a":"\xFF"}]}}}}""", "$.data.possession.responseView.events")]
    [InlineData("LoneSurrogateInRawValue", """{"type":"data","source":"possessions","data":{"possession":{"stats":{"turnover":"\udc00"}}}}""", "$.data.possession.stats.turnover")]
    [InlineData("InvalidUtf8InRepeatedString", """{"type":"data","source":"location","data":{"period":"Q\xFF"}}""", "$.data.period")]
    [InlineData("LoneSurrogateInSampleType", """{"type":"data","source":"location","data":{"locations":[{"type":"\ud800"}]}}""", "$.data.locations[0].type")]
    [InlineData("LoneSurrogateInSampleName", """{"type":"data","source":"location","data":{"locations":[{"\ud800":1}]}}""", "$.data")]
    [InlineData("DoubleOverflowInChart", """{"type":"data","source":"chart","data":{"hy":-1e400}}""", "$.data.hy")]
    [InlineData("DoubleOverflowInSample", """{"type":"data","source":"location","data":{"locations":[{"x":1e400}]}}""", "$.data.locations[0].x")]
    [InlineData("NaNStringInSample", """{"type":"data","source":"location","data":{"locations":[{"speed":"NaN"}]}}""", "$.data.locations[0].speed")]
    [InlineData("DoubleOverflowInSummary", """{"type":"data","source":"possessionstats","data":{"summary":[{"PPP":1.8e308}]}}""", "$.data.summary[0].PPP")]
    [InlineData("InfinityStringInStats", """{"type":"data","source":"lineupstats","data":{"stats":{"FG_RATE":"Infinity"}}}""", "$.data.stats.FG_RATE")]
    public void Deserialize_InvalidTextOrOutOfRangeNumber_IsRejectedWithPath(string name, string frame, string path)
    {
        var bytes = FrameFuzzer.Parse(frame);

        var act = () => LiveDataMessageSerializer.Deserialize(bytes);

        var ex = act.Should().Throw<LiveDataProtocolException>(name).Which;
        ex.Path.Should().StartWith(path, name);
        ex.Message.Should().Contain(path, name);
        ex.RawMessage.ToArray().Should().Equal(bytes);
        ParserContract.Check(bytes).Should().BeFalse();
    }

    [Fact]
    public void Deserialize_SourceRepeatedAfterData_ReadsDataAsTheLastSource()
    {
        // Read in place as a chart, then the source changed: the payload used to be cast to the wrong type.
        var bytes = Encoding.UTF8.GetBytes("""{"type":"data","source":"chart","data":{"min":"1"},"source":"clock"}""");

        LiveDataMessageSerializer.Deserialize(bytes).Should().BeOfType<ClockEvent>().Which.Data.Minutes.Should().Be("1");
        ParserContract.Check(bytes).Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"type":"data","source":"chart","source":null,"data":{}}""")]
    [InlineData("""{"type":"data","source":"clock","data":{"min":"1"},"data":{"min":"2"}}""")]
    [InlineData("""{"type":"data","source":"clock","data":{"min":"1"},"data":[]}""")]
    [InlineData("""{"type":"data","source":"clock","data":{"min":"1","min":"2","x":1,"x":2}}""")]
    [InlineData("""{"type":"data","source":"chart","data":{"hy":1e-400,"hx":-0}}""")]
    [InlineData("""{"type":"data","source":"possessions","data":{"possession":{"responseView":{"events":[1e400,-1e400,123456789012345678901234567890]},"stats":{"turnover":1e400}}}}""")]
    [InlineData("""{"type":"data","source":"clock","data":{"gid":"\ud83d\ude00 \u00e9 \xC3\xA9"}}""")]
    [InlineData("""{"type":"data","source":"nope","data":{"x":"\xFF"}}""")]
    public void Deserialize_RepeatedPropertiesAndEdgeValues_MeetContract(string frame)
    {
        // The last of a repeated property wins, as in the serializer; whatever is accepted writes back and reads equal.
        var bytes = FrameFuzzer.Parse(frame);

        var act = () => ParserContract.Check(bytes);

        act.Should().NotThrow();
    }

    [Fact]
    public void Deserialize_DataRepeatedAsNonObject_LastOneWins()
    {
        var act = () => LiveDataMessageSerializer.Deserialize("""{"type":"data","source":"clock","data":{"min":"1"},"data":[]}""");

        act.Should().Throw<LiveDataProtocolException>().WithMessage("*'data' must be an object*");
    }
}
