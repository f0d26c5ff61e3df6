
namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

public sealed class RecordAndReplayThroughClientTests
{
    [Fact]
    public async Task GameRecordedByTheClient_ReplayedByTheEmulator_GivesTheSameEventsAgain()
    {
        var recorded = await StreamAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 21),
            Pace = EmulatorPace.AsFastAsPossible,
            Faults = new EmulatorFaults { DropEveryMessages = 150 },
        }, recordTo: new MemoryStream()).WithTimeout(TimeSpan.FromMinutes(1));

        var recording = NdjsonRecording.Parse(recorded.File!.ToArray());
        recording.Messages.Should().HaveCount(recorded.Events.Count, "every delivered message was recorded once");

        var replayed = await StreamAsync(new LiveDataEmulatorOptions
        {
            Replay = recording,
            Pace = EmulatorPace.AsFastAsPossible,
        }, recordTo: null).WithTimeout(TimeSpan.FromMinutes(1));

        replayed.Events.Select(LiveDataMessageSerializer.SerializeToString)
            .Should().Equal(recorded.Events.Select(LiveDataMessageSerializer.SerializeToString));
    }

    private static async Task<(List<LiveDataEvent> Events, MemoryStream? File)> StreamAsync(LiveDataEmulatorOptions options, MemoryStream? recordTo)
    {
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        var recorder = recordTo is null ? null : new NdjsonRecorder(recordTo, leaveOpen: true);
        var events = new List<LiveDataEvent>();
        await using (var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = emulator.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
            AllowInsecureTransport = true,
            Recorder = recorder,
            Reconnect = new ReconnectOptions { Delay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
        }))
        {
            await foreach (var e in client.StreamAsync().WithCancellation(CancellationToken.None))
            {
                events.Add(e);
            }
        }

        if (recorder is not null)
        {
            await recorder.DisposeAsync();
        }

        return (events, recordTo);
    }
}
