using System.Text;
using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Internal.Json;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// The shared pieces that make the payload readers fast (issue 10) must never change what is read: keys that stand
/// for bytes, the per-thread caches of strings and raw scalars, the scratch arrays, one document per raw array.
/// </summary>
public sealed class ReaderCacheTests
{
    [Fact]
    public void Utf8Key_UpTo16Bytes_EqualExactlyWhenTheBytesAre()
    {
        for (var length = 0; length <= Utf8Key.ExactLength; length++)
        {
            var value = Enumerable.Range(0, length).Select(i => (byte)('a' + i)).ToArray();
            Utf8Key.Of(value).Should().Be(Utf8Key.Of(value.ToArray()), $"length {length}");
            Utf8Key.Of(value).Should().NotBe(Utf8Key.Of([.. value, 0]), $"length {length} and one more zero byte");
            for (var i = 0; i < length; i++)
            {
                var other = value.ToArray();
                other[i] ^= 0x20;
                Utf8Key.Of(value).Should().NotBe(Utf8Key.Of(other), $"length {length}, byte {i} differs");
            }
        }
    }

    [Fact]
    public void PropertyTable_LongNamesThatDifferOnlyInTheMiddle_AreTwoFields()
    {
        // Same length, same first and last eight bytes: the key alone cannot tell them apart.
        var table = new PropertyTable("abcdefgh-one-ijklmnop", "abcdefgh-two-ijklmnop");

        var last = -1;
        table.Match("abcdefgh-two-ijklmnop"u8, ref last).Should().Be(1);
        last = -1;
        table.Match("abcdefgh-one-ijklmnop"u8, ref last).Should().Be(0);
        table.Match("abcdefgh-six-ijklmnop"u8, ref last).Should().Be(-1);
    }

    [Fact]
    public void Utf8StringCache_RepeatedBytes_ShareOneStringAndLongValuesStayApart()
    {
        var first = Utf8StringCache.Get("6541f3b2a7c9e81d2f0b4c11"u8);
        var again = Utf8StringCache.Get(Encoding.UTF8.GetBytes("6541f3b2a7c9e81d2f0b4c11"));
        var middle = Utf8StringCache.Get("6541f3b2a7c9XXXX2f0b4c11"u8);

        again.Should().BeSameAs(first);
        middle.Should().Be("6541f3b2a7c9XXXX2f0b4c11");
        Utf8StringCache.Get("6541f3b2a7c9e81d2f0b4c11"u8).Should().Be("6541f3b2a7c9e81d2f0b4c11");
    }

    [Fact]
    public void Utf8StringCache_InvalidUtf8_IsRefusedWithoutBeingCached()
    {
        byte[] invalid = [0x61, 0xFF, 0x62];

        Utf8StringCache.TryGet(invalid, out _).Should().BeFalse();
        Utf8StringCache.TryGet(invalid, out _).Should().BeFalse();
        FluentActions.Invoking(() => Utf8StringCache.Get(invalid)).Should().Throw<DecoderFallbackException>();
    }

    [Fact]
    public void Deserialize_RawScalarsWithTheSameBytes_KeepTheirOwnJsonType()
    {
        // The cache of raw scalars is keyed by token type too: 4, "4" and 4.0 are three different values.
        var number = Extra("""{"n":4}""");
        var text = Extra("""{"n":"4"}""");
        var wide = Extra("""{"n":4.0}""");
        var numberAgain = Extra("""{"n":4}""");

        number.ValueKind.Should().Be(JsonValueKind.Number);
        text.ValueKind.Should().Be(JsonValueKind.String);
        text.GetString().Should().Be("4");
        wide.GetRawText().Should().Be("4.0");
        numberAgain.GetRawText().Should().Be("4");
    }

    [Fact]
    public void Deserialize_RawScalar_IsRejectedAgainWhenItsTextIsInvalid()
    {
        // A rejected scalar is never cached: the second parse must fail too.
        var frame = Encoding.UTF8.GetBytes("""{"type":"data","source":"clock","data":{"n":"\ud800"}}""");

        FluentActions.Invoking(() => LiveDataMessageSerializer.Deserialize(frame)).Should().Throw<LiveDataProtocolException>();
        FluentActions.Invoking(() => LiveDataMessageSerializer.Deserialize(frame)).Should().Throw<LiveDataProtocolException>();
    }

    [Fact]
    public void Deserialize_RawArray_EveryElementReadsAsItWasSentAfterTheBufferIsReused()
    {
        var frame = Encoding.UTF8.GetBytes(
            """{"type":"data","source":"possessions","data":{"possession":{"responseView":{"events":[1,"a",null,{"x":[2,true]},[],"é"]}}}}""");

        var events = LiveDataMessageSerializer.Deserialize(frame).Should().BeOfType<PossessionsEvent>().Subject.Data.Possession!.ResponseView!.Events!;
        Array.Clear(frame);

        events.Select(e => e.GetRawText()).Should().Equal("1", "\"a\"", "null", """{"x":[2,true]}""", "[]", "\"é\"");
        events[3].GetProperty("x")[1].GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void ScratchArray_NestedTake_GetsItsOwnArrayAndReturnedArraysComeBackCleared()
    {
        var outer = ScratchArray<string>.Take();
        var inner = ScratchArray<string>.Take();
        inner.Should().NotBeSameAs(outer);

        outer[0] = "kept";
        inner[0] = "kept";
        ScratchArray<string>.Return(inner, 1);
        ScratchArray<string>.Return(outer, 1);

        inner[0].Should().BeNull();
        outer[0].Should().BeNull();
        var again = ScratchArray<string>.Take();
        again.Should().BeSameAs(inner);
        ScratchArray<string>.Return(again, 0);
    }

    private static JsonElement Extra(string payload)
    {
        var frame = Encoding.UTF8.GetBytes($$"""{"type":"data","source":"clock","data":{{payload}}}""");
        return LiveDataMessageSerializer.Deserialize(frame).Should().BeOfType<ClockEvent>().Subject.Data.AdditionalProperties!["n"];
    }
}
