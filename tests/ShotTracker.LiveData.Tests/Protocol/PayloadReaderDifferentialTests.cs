using System.Text.Json;
using CsCheck;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// The hand-written payload readers against the generated converters, which stay the reference (they write every
/// payload and describe every rejected one): on every fuzzed payload, both reject it or both read deeply equal
/// models and stop at the same byte.
/// </summary>
public sealed class PayloadReaderDifferentialTests
{
#if LIBRARY_NETSTANDARD
    private const long Cases = 5_000;
#else
    private const long Cases = 20_000;
#endif

    private static readonly SourceDescriptor[] FastReaders = SourceTable.All.Where(d => d.HasFastReader).ToArray();

    // Location's converter is the type's own, so the serializer uses it too and there is nothing to compare it with.
    [Fact]
    public void FastReaders_CoverEverySourceButLocation()
    {
        FastReaders.Select(d => d.Source).Should().BeEquivalentTo(
            SourceTable.All.Select(d => d.Source).Where(s => s is not LiveDataSource.Location));
    }

    [Fact]
    public void FastReaders_FullFieldFixtures_ReadAsTheGeneratedConverterDoes()
    {
        foreach (var name in FrameFuzzer.FixtureNames)
        {
            var payload = PayloadOf(Fixtures.LoadBytes(name));
            payload.Should().NotBeNull(name);
            foreach (var descriptor in FastReaders)
            {
                Compare(descriptor, payload!).Should().BeNull($"{descriptor.WireName} reading the {name} payload");
            }
        }
    }

    [Fact]
    public void FastReaders_FuzzedPayloads_AgreeWithTheGeneratedConverter()
    {
        // Every payload against every reader: a payload of another source is a good test of unknown properties.
        FrameFuzzer.Frames.Sample(
            frame =>
            {
                if (PayloadOf(frame) is not { } payload)
                {
                    return;
                }

                foreach (var descriptor in FastReaders)
                {
                    if (Compare(descriptor, payload) is { } difference)
                    {
                        throw new Xunit.Sdk.XunitException($"{descriptor.WireName}: {difference}");
                    }
                }
            },
            iter: Cases,
            print: FrameFuzzer.Print);
    }

    /// <summary>Describes how the two readers differ on <paramref name="payload"/>; <see langword="null"/> when they agree.</summary>
    internal static string? Compare(SourceDescriptor descriptor, byte[] payload)
    {
        var (fast, fastError, fastEnd) = Run(payload, static (SourceDescriptor d, ref Utf8JsonReader r) => d.Read(ref r), descriptor);
        var (generated, generatedError, generatedEnd) = Run(payload, static (SourceDescriptor d, ref Utf8JsonReader r) => d.ReadIsolated(ref r), descriptor);
        if (fastError is not null || generatedError is not null)
        {
            return (fastError is null) == (generatedError is null)
                ? null
                : $"hand-written {fastError?.Message ?? "accepted"}, generated {generatedError?.Message ?? "accepted"}: {FrameFuzzer.Print(payload)}";
        }

        if (fastEnd != generatedEnd)
        {
            return $"stopped at byte {fastEnd}, generated at {generatedEnd}: {FrameFuzzer.Print(payload)}";
        }

        return ModelComparer.FirstDifference(generated, fast, anyListType: true) is { } difference
            ? $"{difference}: {FrameFuzzer.Print(payload)}"
            : null;
    }

    private delegate object? ReadPayload(SourceDescriptor descriptor, ref Utf8JsonReader reader);

    private static (object? Value, Exception? Error, long End) Run(byte[] payload, ReadPayload read, SourceDescriptor descriptor)
    {
        var reader = new Utf8JsonReader(payload);
        try
        {
            reader.Read();
            var value = read(descriptor, ref reader);
            return (value, null, reader.BytesConsumed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, ex, -1);
        }
    }

    /// <summary>Returns the bytes of the envelope's <c>data</c> object, or <see langword="null"/> when the frame has none or is not JSON.</summary>
    internal static byte[]? PayloadOf(byte[] frame)
    {
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isData = reader.ValueTextEquals("data"u8);
                reader.Read();
                if (isData && reader.TokenType == JsonTokenType.StartObject)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    return frame.AsSpan(start, (int)reader.BytesConsumed - start).ToArray();
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or a name that is not text: nothing to compare.
        }

        return null;
    }
}
