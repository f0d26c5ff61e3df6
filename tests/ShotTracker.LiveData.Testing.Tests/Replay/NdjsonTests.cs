using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace ShotTracker.LiveData.Testing.Tests.Replay;

public sealed class NdjsonTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 4, 30, 0, 123, TimeSpan.Zero);

    [Fact]
    public async Task Recorder_WritesOneLinePerMessageWithTheReceiveTimeAndTheExactBytes()
    {
        var time = new FakeTimeProvider(Start);
        using var stream = new MemoryStream();
        await using (var recorder = new NdjsonRecorder(stream, time, leaveOpen: true))
        {
            await recorder.RecordAsync("{\"type\":\"data\",\"source\":\"chart\",\"seq\":7,  \"data\":{\"pts\":2.0}}"u8.ToArray());
            time.Advance(TimeSpan.FromMilliseconds(1500));
            await recorder.RecordAsync("{\"type\":\"pong\"}"u8.ToArray());
            recorder.Count.Should().Be(2);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(
            "{\"receivedAt\":\"2026-11-25T04:30:00.123Z\",\"message\":{\"type\":\"data\",\"source\":\"chart\",\"seq\":7,  \"data\":{\"pts\":2.0}}}\n" +
            "{\"receivedAt\":\"2026-11-25T04:30:01.623Z\",\"message\":{\"type\":\"pong\"}}\n");
    }

    [Fact]
    public async Task Recording_ReadsBackExactlyWhatWasRecorded_IncludingFramesThatAreNotJson()
    {
        string[] messages =
        [
            "{\"type\":\"data\",\"source\":\"clock\",\"data\":{\"min\":\"9\"}}",
            EmulatorFaults.MalformedFrame,
            "{\"type\":\"data\",\n \"source\":\"marker\"}",
            "{\"type\":\"data\",\"source\":\"future\",\"data\":{\"x\":\"\\u00e9\\n\"}}",
        ];
        using var stream = new MemoryStream();
        await using (var recorder = new NdjsonRecorder(stream, leaveOpen: true))
        {
            for (var i = 0; i < messages.Length; i++)
            {
                await recorder.RecordAsync(Encoding.UTF8.GetBytes(messages[i]), Start.AddSeconds(i));
            }
        }

        var recording = NdjsonRecording.Parse(stream.ToArray());

        recording.Messages.Select(m => m.GetText()).Should().Equal(messages);
        recording.Messages.Select(m => m.ReceivedAt).Should().Equal(messages.Select((_, i) => Start.AddSeconds(i)));
        recording.Duration.Should().Be(TimeSpan.FromSeconds(3));
        Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4);
    }

    [Fact]
    public void Recording_BadLine_IsReportedWithItsLineNumber()
    {
        var text = "{\"receivedAt\":\"2026-11-25T04:30:00.123Z\",\"message\":{\"type\":\"pong\"}}\n\n{\"message\":{}}\n";

        var parse = () => NdjsonRecording.Parse(Encoding.UTF8.GetBytes(text));

        parse.Should().Throw<FormatException>().WithMessage("*line 3*receivedAt*");
    }

    [Fact]
    public void ToTimeline_UsesReceiveTimesAsOffsetsAndLeavesOutPongs()
    {
        var recording = NdjsonRecording.Parse(Encoding.UTF8.GetBytes(
            "{\"receivedAt\":\"2026-11-25T04:30:00.000Z\",\"message\":{\"type\":\"data\",\"source\":\"chart\",\"seq\":3,\"data\":{}}}\n" +
            "{\"receivedAt\":\"2026-11-25T04:30:00.500Z\",\"message\":{\"type\":\"pong\"}}\n" +
            "{\"receivedAt\":\"2026-11-25T04:30:02.250Z\",\"message\":{\"data\":{},\"source\":\"clock\",\"type\":\"data\"}}\n"));

        var timeline = recording.ToTimeline();

        timeline.Select(m => (m.Offset, m.Source, m.Sequence)).Should().Equal(
            (TimeSpan.Zero, "chart", 3L),
            (TimeSpan.FromMilliseconds(2250), "clock", (long?)null));
    }

    [Fact]
    public async Task RecordThenReplay_ThroughTheEmulator_PreservesEveryEnvelopeExactly()
    {
        var recordedAt = new FakeTimeProvider(Start);
        using var file = new MemoryStream();
        IReadOnlyList<EmulatedMessage> original;
        await using (var live = await Emulators.StartFastAsync(seed: 21))
        await using (var client = await TestClient.ConnectAsync(live))
        await using (var recorder = new NdjsonRecorder(file, recordedAt, leaveOpen: true))
        {
            original = live.Timeline;
            while (await client.ReceiveAsync() is { } message)
            {
                await recorder.RecordAsync(message);
                recordedAt.Advance(TimeSpan.FromMilliseconds(10));
            }
        }

        var recording = NdjsonRecording.Parse(file.ToArray());
        var options = Emulators.FastOptions();
        options.Replay = recording;
        await using var replay = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var replayClient = await TestClient.ConnectAsync(replay);
        var (replayed, aborted) = await replayClient.ReadToEndAsync();

        aborted.Should().BeFalse();
        replay.BoxScore.Should().BeNull();
        replayed.Should().HaveCount(original.Count);
        for (var i = 0; i < original.Count; i++)
        {
            replayed[i].Should().Equal(original[i].Utf8Json.ToArray());
        }
    }

    [Fact]
    public async Task Replay_SampleGame_HonoursFiltersAndResumeLikeASyntheticGame()
    {
        var options = Emulators.FastOptions();
        options.Replay = NdjsonRecording.OpenSampleGame();
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator, "source=chart&last_seq=20");

        var (messages, _) = await client.ReadToEndAsync();

        var expected = emulator.Timeline.Where(m => m.Source == "chart" && m.Sequence > 20).Select(m => m.GetJson());
        messages.Select(m => Encoding.UTF8.GetString(m)).Should().Equal(expected).And.NotBeEmpty();
    }

    [Fact]
    public async Task Replay_RecordingWithBadAndUnknownFrames_SendsThemBackAsTheyWereReceived()
    {
        string[] frames =
        [
            "{\"type\":\"data\",\"source\":\"chart\",\"seq\":1,\"data\":{\"pts\":3}}",
            EmulatorFaults.MalformedFrame,
            "{\"type\":\"data\",\"source\":\"newsource\",\"data\":{}}",
            "{\"type\":\"pong\"}",
            "{\"type\":\"data\",\"source\":\"chart\",\"seq\":2,\"data\":{\"pts\":0}}",
        ];
        using var file = new MemoryStream();
        await using (var recorder = new NdjsonRecorder(file, leaveOpen: true))
        {
            foreach (var frame in frames)
            {
                await recorder.RecordAsync(Encoding.UTF8.GetBytes(frame), Start);
            }
        }

        var options = Emulators.FastOptions();
        options.Replay = NdjsonRecording.Parse(file.ToArray());
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator);
        var (messages, _) = await client.ReadToEndAsync();

        messages.Select(m => Encoding.UTF8.GetString(m)).Should().Equal(frames.Where(f => !f.Contains("pong", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Replay_AtRecordedPaceAccelerated_WaitsForTheScaledGaps()
    {
        var time = new FakeTimeProvider();
        var options = Emulators.FastOptions();
        options.Replay = NdjsonRecording.Parse(Encoding.UTF8.GetBytes(
            "{\"receivedAt\":\"2026-11-25T04:30:00.000Z\",\"message\":{\"type\":\"data\",\"source\":\"clock\",\"data\":{\"min\":\"1\"}}}\n" +
            "{\"receivedAt\":\"2026-11-25T04:30:04.000Z\",\"message\":{\"type\":\"data\",\"source\":\"clock\",\"data\":{\"min\":\"0\"}}}\n"));
        options.Pace = LiveDataReplayPace.Speed(2);
        options.TimeProvider = time;
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = await TestClient.ConnectAsync(emulator);

        (await client.ReceiveTextAsync()).Should().Contain("\"min\":\"1\"");
        var second = client.ReceiveTextAsync();
        time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Delay(150);
        second.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));

        (await second).Should().Contain("\"min\":\"0\"");
    }
}
