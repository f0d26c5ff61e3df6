using System.Text;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Tests.Protocol;

public sealed class MalformedMessageTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("[1,2]", "root must be a JSON object but is an array")]
    [InlineData("\"pong\"", "root must be a JSON object but is a string")]
    [InlineData("42", "root must be a JSON object but is a number")]
    [InlineData("""{"source":"clock","data":{}}""", "no 'type'")]
    [InlineData("""{"type":7,"source":"clock","data":{}}""", "'type' must be a string but is a number")]
    [InlineData("""{"type":"data","source":["clock"],"data":{}}""", "'source' must be a string but is an array")]
    [InlineData("""{"type":"data","source":"clock","seq":"abc","data":{}}""", "'seq' must be an integer")]
    [InlineData("""{"type":"data","source":"clock","seq":1.5,"data":{}}""", "'seq' must be an integer")]
    [InlineData("""{"type":"data","source":"clock"}""", "'clock' message has no 'data'")]
    [InlineData("""{"type":"data","source":"clock","data":null}""", "'clock' message's 'data' must be an object but is null")]
    [InlineData("""{"type":"data","source":"clock","data":[1]}""", "'clock' message's 'data' must be an object but is an array")]
    [InlineData("""{"data":[1],"type":"data","source":"clock"}""", "'data' must be an object but is an array")]
    [InlineData("""{"type":"data","source":"clock","data":{}}{"type":"pong"}""", "content after its root object")]
    public void Deserialize_InvalidEnvelope_ThrowsProtocolExceptionSayingWhat(string json, string expected)
    {
        var act = () => LiveDataMessageSerializer.Deserialize(json);

        var ex = act.Should().Throw<LiveDataProtocolException>().Which;
        ex.Message.Should().Contain(expected);
        Encoding.UTF8.GetString(ex.RawMessage.Span).Should().Be(json);
    }

    [Theory]
    [InlineData("""{"type":"data","source":"clock","data":{"gid":"g""")]
    [InlineData("""{"type":"data","source":"clo""")]
    [InlineData("""{"type":"data",""")]
    [InlineData("""{"type":"data","source":"clock","data":{"gid":"g"}""")]
    [InlineData("""{"type":"data" "source":"clock"}""")]
    [InlineData("""{"type":"data","source":"clock","data":{"gid":}}""")]
    [InlineData("""{'type':'data'}""")]
    public void Deserialize_MalformedOrTruncatedJson_ThrowsProtocolExceptionWithPosition(string json)
    {
        var act = () => LiveDataMessageSerializer.Deserialize(json);

        var ex = act.Should().Throw<LiveDataProtocolException>().Which;
        ex.BytePosition.Should().NotBeNull().And.BeInRange(0, json.Length);
        ex.Message.Should().Contain("byte");
        ex.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Theory]
    [InlineData("""{"type":"data","source":"location","data":{"gcms":"soon"}}""", "$.data.gcms", "\"soon\"")]
    [InlineData("""{"type":"data","source":"location","data":{"locations":[{"x":1},{"x":{"deep":1}}]}}""", "$.data.locations[1].x", "{\"deep\"")]
    [InlineData("""{"type":"data","source":"location","data":{"cr":"yes"}}""", "$.data.cr", "\"yes\"")]
    [InlineData("""{"type":"data","source":"location","data":{"gcms":1.25}}""", "$.data.gcms", "1.25")]
    [InlineData("""{"type":"data","source":"clock","data":{"gid":42}}""", "$.data.gid", "42")]
    [InlineData("""{"type":"data","source":"clock","data":{"min":"1","sec":[]}}""", "$.data.sec", "[]")]
    [InlineData("""{"data":{"gcms":"soon"},"source":"location","type":"data"}""", "$.data.gcms", "\"soon\"")]
    public void Deserialize_WrongValueType_ThrowsProtocolExceptionWithPathAndPosition(string json, string path, string offendingValue)
    {
        var act = () => LiveDataMessageSerializer.Deserialize(json);

        var ex = act.Should().Throw<LiveDataProtocolException>().Which;
        ex.Path.Should().Be(path);
        ex.Message.Should().Contain(path);
        var valueStart = json.IndexOf(offendingValue, StringComparison.Ordinal);
        ex.BytePosition.Should().BeInRange(valueStart, valueStart + offendingValue.Length, "the position points at (the start or the end of) the value that does not fit");
    }

    [Fact]
    public void Deserialize_DeeplyNestedUnknownField_IsRejectedNotStackOverflow()
    {
        var json = """{"type":"data","source":"clock","data":{"x":""" + new string('[', 10_000) + new string(']', 10_000) + "}}";

        var act = () => LiveDataMessageSerializer.Deserialize(json);

        act.Should().Throw<LiveDataProtocolException>();
    }
}
