
namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

public sealed class RecordAndReplayThroughClientTests
{
    [Fact]
    public async Task GameRecordedByTheClient_ReplayedByTheEmulator_GivesTheSameEventsAgain()
    {
        var recorded = await StreamAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 21),
            Pace = LiveDataReplayPace.AsFastAsPossible,
            Faults = new EmulatorFaults { DropEveryMessages = 150 },
        }, recordTo: new MemoryStream()).WithTimeout(TimeSpan.FromMinutes(1));

        // The client's own gap notes (one per reconnect) have no wire form: a recording holds the service's messages.
        recorded.Gaps.Should().Be(recorded.Reconnects).And.BeGreaterThan(0, "the emulator dropped the connection every 150 messages");
        var recording = NdjsonRecording.Parse(recorded.File!.ToArray());
        recording.Messages.Should().HaveCount(recorded.Events.Count, "every delivered message was recorded once");

        var replayed = await StreamAsync(new LiveDataEmulatorOptions
        {
            Replay = recording,
            Pace = LiveDataReplayPace.AsFastAsPossible,
        }, recordTo: null).WithTimeout(TimeSpan.FromMinutes(1));

        replayed.Events.Select(LiveDataMessageSerializer.SerializeToString)
            .Should().Equal(recorded.Events.Select(LiveDataMessageSerializer.SerializeToString));
    }

    private static async Task<(List<LiveDataEvent> Events, MemoryStream? File, long Gaps, long Reconnects)> StreamAsync(LiveDataEmulatorOptions options, MemoryStream? recordTo)
    {
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        var recorder = recordTo is null ? null : new NdjsonRecorder(recordTo, leaveOpen: true);
        var events = new List<LiveDataEvent>();
        long gaps = 0;
        long reconnects;
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
                if (e is LiveDataGapEvent)
                {
                    gaps++;
                    continue;
                }

                events.Add(e);
            }

            reconnects = client.GetStatistics().Reconnects;
        }

        if (recorder is not null)
        {
            await recorder.DisposeAsync();
        }

        return (events, recordTo, gaps, reconnects);
    }
}
