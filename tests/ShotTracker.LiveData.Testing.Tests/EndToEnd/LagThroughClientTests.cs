using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>The client's lag metric against the emulator: payloads are stamped from the emulator's clock.</summary>
public sealed class LagThroughClientTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(60.0)]
    public async Task LagMetric_AgainstTheEmulator_IsNearZero(double? speed)
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 3, periodLength: TimeSpan.FromSeconds(30)),
            Pace = speed is { } s ? LiveDataReplayPace.Speed(s) : LiveDataReplayPace.AsFastAsPossible,
        }).WithTimeout();
        using var meters = new LagRecorder();
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = emulator.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
            AllowInsecureTransport = true,
            MeterFactory = meters,
        });

        await DrainAsync(client).WithTimeout(TimeSpan.FromSeconds(60));

        meters.Lags.Should().NotBeEmpty();
        meters.Lags.Should().OnlyContain(
            lag => lag > -2 && lag < 10,
            "a payload is stamped with the moment it is due on the emulator's clock, not a fixed day in the past");
    }

    [Fact]
    public async Task Timestamps_FollowTheEmulatorsTimeProvider()
    {
        var start = new DateTimeOffset(2031, 5, 6, 19, 30, 0, TimeSpan.Zero);
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 3),
            Pace = LiveDataReplayPace.Speed(10),
            TimeProvider = new FakeTimeProvider(start),
        }).WithTimeout();

        var chart = emulator.Timeline.First(m => m.Source == "chart");
        var t = System.Text.Json.JsonDocument.Parse(chart.Utf8Json).RootElement.GetProperty("data").GetProperty("t").GetInt64();

        DateTimeOffset.FromUnixTimeMilliseconds(t).Should().BeCloseTo(start + (chart.Offset / 10), TimeSpan.FromMilliseconds(500),
            "tip-off is the emulator's start and game time runs at its pace");
    }

    [Fact]
    public async Task StartTimeSetOnTheGame_KeepsTheReproducibleBytes()
    {
        var game = SyntheticGameOptions.Short(seed: 3);
        game.StartTime = new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = game, Pace = LiveDataReplayPace.AsFastAsPossible }).WithTimeout();

        emulator.Timeline.Select(m => m.GetJson()).Should().Equal(SyntheticGame.Generate(game).Messages.Select(m => m.GetJson()));
    }

    private static async Task DrainAsync(LiveDataClient client)
    {
        await foreach (var _ in client.StreamAsync())
        {
        }
    }

    private sealed class LagRecorder : IMeterFactory
    {
        private readonly ConcurrentQueue<Meter> _meters = new();
        private readonly ConcurrentQueue<double> _lags = new();
        private readonly MeterListener _listener = new();

        public LagRecorder()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, this) && instrument.Name == "shottracker.livedata.message.lag")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _lags.Enqueue(value));
            _listener.Start();
        }

        public IReadOnlyList<double> Lags => _lags.ToArray();

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Scope = this });
            _meters.Enqueue(meter);
            return meter;
        }

        public void Dispose()
        {
            _listener.Dispose();
            foreach (var meter in _meters)
            {
                meter.Dispose();
            }
        }
    }
}
