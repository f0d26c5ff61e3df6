using System.Text;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Protocol;

public sealed class EnvelopeTests
{
    private const string Clock = """{"gid":"g1","min":"1","sec":"2","subSec":"3"}""";

    [Theory]
    [InlineData("""{"type":"data","source":"clock","seq":7,"data":DATA}""")]
    [InlineData("""{"data":DATA,"source":"clock","type":"data","seq":7}""")]
    [InlineData("""{"seq":7,"data":DATA,"type":"data","source":"clock"}""")]
    [InlineData("""{"source":"clock","data":DATA,"seq":7,"type":"data"}""")]
    [InlineData("""  {  "type" : "data" , "source" : "cl\u006fck" , "seq" : 7.0 , "data" : DATA }  """)]
    public void Deserialize_AnyPropertyOrder_GivesTheSameEvent(string template)
    {
        var e = LiveDataMessageSerializer.Deserialize(template.Replace("DATA", Clock, StringComparison.Ordinal));

        var clock = e.Should().BeOfType<ClockEvent>().Subject;
        clock.Sequence.Should().Be(7);
        clock.Data.GameId.Should().Be("g1");
        clock.Data.SubSeconds.Should().Be("3");
    }

    [Fact]
    public void Deserialize_Pong_IsControlEvent()
    {
        LiveDataMessageSerializer.Deserialize("""{"type":"pong"}""").Should().BeSameAs(PongEvent.Instance);
    }

    [Fact]
    public void Deserialize_UnknownSource_KeepsRawMessage()
    {
        const string json = """{"type":"data","source":"heatmap","seq":12,"data":{"cells":[1,2,3]}}""";

        var e = LiveDataMessageSerializer.Deserialize(json);

        var unknown = e.Should().BeOfType<UnknownLiveDataEvent>().Subject;
        unknown.Type.Should().Be("data");
        unknown.SourceName.Should().Be("heatmap");
        unknown.Source.Should().BeNull();
        unknown.Sequence.Should().Be(12);
        Encoding.UTF8.GetString(unknown.RawJson.Span).Should().Be(json);
        LiveDataMessageSerializer.SerializeToString(unknown).Should().Be(json);
    }

    [Fact]
    public void Deserialize_UnknownType_KeepsRawMessage()
    {
        const string json = """{"type":"notice","source":"clock","text":"delayed start"}""";

        var unknown = LiveDataMessageSerializer.Deserialize(json).Should().BeOfType<UnknownLiveDataEvent>().Subject;

        unknown.Type.Should().Be("notice");
        unknown.SourceName.Should().Be("clock");
        Encoding.UTF8.GetString(unknown.RawJson.Span).Should().Be(json);
    }

    [Fact]
    public void Deserialize_DataWithoutSource_IsUnknown()
    {
        var unknown = LiveDataMessageSerializer.Deserialize("""{"type":"data","data":{}}""").Should().BeOfType<UnknownLiveDataEvent>().Subject;

        unknown.SourceName.Should().BeNull();
    }

    [Fact]
    public void Deserialize_UnknownPayloadAndEnvelopeFields_AreKeptAndWrittenBack()
    {
        const string json = """{"type":"data","source":"clock","data":{"gid":"g","newField":{"a":[1,2]},"flag":true},"serverTime":1732500000000}""";

        var e = (ClockEvent)LiveDataMessageSerializer.Deserialize(json);

        e.Data.AdditionalProperties.Should().ContainKeys("newField", "flag");
        e.AdditionalEnvelopeProperties.Should().ContainKey("serverTime");
        JsonAssert.Equivalent(json, LiveDataMessageSerializer.SerializeToString(e));
    }

    [Fact]
    public void Deserialize_IntegerSentAsDecimalOrString_IsAccepted()
    {
        var e = (LocationEvent)LiveDataMessageSerializer.Deserialize(
            """{"type":"data","source":"location","data":{"gcms":1000.0,"scms":"2400","locations":[{"pid":"17","tid":3.0,"x":"12.5"}]}}""");

        e.Data.GameClockMilliseconds.Should().Be(1000);
        e.Data.ShotClockMilliseconds.Should().Be(2400);
        e.Data.Locations![0].PlayerId.Should().Be(17);
        e.Data.Locations[0].TeamId.Should().Be(3);
        e.Data.Locations[0].X.Should().Be(12.5);
    }

    [Fact]
    public void SerializeToUtf8Bytes_TypedEvent_WritesEnvelopeInDocumentedOrder()
    {
        var e = new ChartEvent { Sequence = 42, Data = new ChartData() };

        LiveDataMessageSerializer.SerializeToString(e).Should().Be("""{"type":"data","source":"chart","seq":42,"data":{}}""");
        LiveDataMessageSerializer.SerializeToString(PongEvent.Instance).Should().Be("""{"type":"pong"}""");
    }

    [Fact]
    public void Serialize_InvalidEvent_IsRejectedWithPointerToRawBytes()
    {
        var error = new LiveDataProtocolException("bad", new byte[] { (byte)'{' });
        var act = () => LiveDataMessageSerializer.SerializeToUtf8Bytes(new InvalidLiveDataEvent { Error = error });

        act.Should().Throw<ArgumentException>().WithMessage("*RawJson*");
    }
}
