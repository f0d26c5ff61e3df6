using System.Text;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Replay;

public sealed class NdjsonRecordingReaderTests
{
    [Fact]
    public async Task ReadAsync_RecordedFile_GivesEachMessageByteForByteWithItsReceiveTime()
    {
        string[] messages = [Messages.Sequenced(1), Messages.Clock(3), "not json {", "{\"type\":\"data\",\n\"source\":\"clock\",\"data\":{}}"];
        using var file = await RecordingFile.WriteAsync(messages.Select((m, i) => (TimeSpan.FromMilliseconds(250 * i), m)));
        using var reader = new NdjsonRecordingReader(File.OpenRead(file.Path));

        var read = new List<(int, DateTimeOffset?, string, string?)>();
        while (await reader.ReadAsync().DefaultTimeout())
        {
            read.Add((reader.LineNumber, reader.ReceivedAt, Encoding.UTF8.GetString(reader.Message.Span), reader.LineError));
        }

        read.Should().Equal(messages.Select((m, i) => (i + 1, (DateTimeOffset?)RecordingFile.Start.AddMilliseconds(250 * i), m, (string?)null)));
    }

    [Fact]
    public async Task ReadAsync_BadAndBlankLines_AreReportedWithTheirNumbersAndReadingGoesOn()
    {
        var text = RecordingFile.Line(TimeSpan.Zero, Messages.Sequenced(1)).TrimEnd('\n') + "\r\n   \n{\"message\":{}}\n[1]\n{\"receivedAt\":\"2026-11-25T01:00:01\",\"message\":{}}\n"
            + "{\"receivedAt\":\"2026-11-25T01:00:02Z\"}\n{\"receivedAt\":\"2026-11-25T01:00:03Z\",\"raw\":\"half {\"}";
        using var file = RecordingFile.WriteText(text);
        using var reader = new NdjsonRecordingReader(File.OpenRead(file.Path));

        var read = new List<(int Line, DateTimeOffset? At, string? Error, string Message)>();
        while (await reader.ReadAsync().DefaultTimeout())
        {
            read.Add((reader.LineNumber, reader.ReceivedAt, reader.LineError, Encoding.UTF8.GetString(reader.Message.Span)));
        }

        read.Select(r => r.Line).Should().Equal(1, 3, 4, 5, 6, 7);
        read[0].Error.Should().BeNull();
        read[1].Error.Should().Contain("receivedAt");
        read[2].Error.Should().Contain("JSON object");
        read[3].Should().Be((5, RecordingFile.Start.AddSeconds(1), null, "{}"), "a time without an offset is UTC, never local");
        read[4].Error.Should().Contain("'message' is missing");
        read[5].Should().Be((7, RecordingFile.Start.AddSeconds(3), null, "half {"), "a raw message comes back as it was received, last line without a line break too");
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheLimit_IsSkippedAndTheNextLineIsRead()
    {
        var huge = "{\"type\":\"data\",\"source\":\"chart\",\"data\":{\"x\":\"" + new string('a', 300_000) + "\"}}";
        using var file = await RecordingFile.WriteAsync([(TimeSpan.Zero, huge), (TimeSpan.FromSeconds(1), Messages.Sequenced(2))]);
        using var reader = new NdjsonRecordingReader(File.OpenRead(file.Path)) { MaxLineLength = 100_000 };

        (await reader.ReadAsync().DefaultTimeout()).Should().BeTrue();
        reader.LineError.Should().Contain("longer than 100000 bytes");
        reader.Line.IsEmpty.Should().BeTrue();
        (await reader.ReadAsync().DefaultTimeout()).Should().BeTrue();
        reader.LineError.Should().BeNull();
        Encoding.UTF8.GetString(reader.Message.Span).Should().Be(Messages.Sequenced(2));
        reader.LineNumber.Should().Be(2);
        (await reader.ReadAsync().DefaultTimeout()).Should().BeFalse();
    }

    [Fact]
    public async Task ReadAsync_LineOverALimitSmallerThanTheBuffer_IsSkippedToo()
    {
        var over = "{\"type\":\"data\",\"source\":\"chart\",\"data\":{\"x\":\"" + new string('a', 500) + "\"}}";
        using var file = await RecordingFile.WriteAsync([(TimeSpan.Zero, over), (TimeSpan.FromSeconds(1), Messages.Sequenced(2)), (TimeSpan.FromSeconds(2), over)]);
        using var reader = new NdjsonRecordingReader(File.OpenRead(file.Path)) { MaxLineLength = 300 };

        (await reader.ReadAsync().DefaultTimeout()).Should().BeTrue();
        reader.LineError.Should().Contain("longer than 300 bytes", "the whole line sits in the 64 KB buffer but is over the limit");
        reader.Line.IsEmpty.Should().BeTrue();
        (await reader.ReadAsync().DefaultTimeout()).Should().BeTrue();
        reader.LineError.Should().BeNull();
        Encoding.UTF8.GetString(reader.Message.Span).Should().Be(Messages.Sequenced(2));
        (await reader.ReadAsync().DefaultTimeout()).Should().BeTrue("every line is checked, not only the first");
        reader.LineError.Should().Contain("longer than 300 bytes");
        (await reader.ReadAsync().DefaultTimeout()).Should().BeFalse();
    }

    [Fact]
    public async Task ReadAsync_LineLargerThanTheBuffer_GrowsToHoldIt()
    {
        var large = "{\"type\":\"data\",\"source\":\"chart\",\"seq\":1,\"data\":{\"x\":\"" + new string('b', 1_000_000) + "\"}}";
        using var file = await RecordingFile.WriteAsync([(TimeSpan.Zero, large), (TimeSpan.Zero, large)]);
        using var reader = new NdjsonRecordingReader(File.OpenRead(file.Path));

        for (var i = 0; i < 2; i++)
        {
            (await reader.ReadAsync().DefaultTimeout()).Should().BeTrue();
            Encoding.UTF8.GetString(reader.Message.Span).Should().Be(large);
        }
    }

    [Fact]
    public void ReadAsync_LargeFile_AllocatesNoMoreThanASmallFileWithAsManyLines()
    {
        // Same line count, 100 times the bytes: what the reader allocates must not follow the bytes (no line copied,
        // no file loaded), only the one pooled buffer. Synchronous file reads keep the awaits on this thread, so the
        // thread's allocation counter sees them all.
        using var small = WriteGeneratedFile(lines: 2_000, players: 1);
        using var large = WriteGeneratedFile(lines: 2_000, players: 100);

        var smallBytes = AllocatedWhileReading(small.Path, out var smallLines);
        var largeBytes = AllocatedWhileReading(large.Path, out var largeLines);

        (smallLines, largeLines).Should().Be((2_000, 2_000));
        var largeSize = new FileInfo(large.Path).Length;
        largeSize.Should().BeGreaterThan(10_000_000);
        largeBytes.Should().BeLessThan(smallBytes + (largeSize / 40), "one pooled buffer is reused whatever the file's size");
    }

    private static RecordingFile WriteGeneratedFile(int lines, int players)
    {
        var text = new StringBuilder();
        var location = "{\"type\":\"data\",\"source\":\"location\",\"data\":{\"locations\":["
            + string.Join(",", Enumerable.Repeat("{\"t\":1795568400000,\"type\":\"PLAYER\",\"pid\":736696,\"tid\":5455,\"x\":-600,\"y\":-3600,\"z\":1100}", players)) + "]}}";
        for (var i = 0; i < lines; i++)
        {
            text.Append(RecordingFile.Line(TimeSpan.FromMilliseconds(40 * i), i % 10 == 0 ? Messages.Sequenced(i + 1) : location));
        }

        return RecordingFile.WriteText(text.ToString());
    }

    private static long AllocatedWhileReading(string path, out int lines)
    {
        lines = 0;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: false);
        var before = GC.GetAllocatedBytesForCurrentThread();
        using (var reader = new NdjsonRecordingReader(stream))
        {
            while (reader.ReadAsync().GetAwaiter().GetResult())
            {
                lines += reader.LineError is null && reader.ReceivedAt is not null ? 1 : 0;
            }
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
