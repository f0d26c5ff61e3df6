using System.Text.Json;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// Tracking and minutes over whole emulated games: each team's players share five times the game's length on court,
/// and every player's distance and top speed are what the emulator's location frames said.
/// </summary>
public sealed class LiveGameTrackingFullGameTests
{
    private static readonly TimeSpan GameTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void FullGame_Folded_MinutesSumToFiveTimesTheGameAndTrackingMatchesTheFrames()
    {
        var options = new SyntheticGameOptions { Seed = 31, LocationRateHz = 5 };
        var synthetic = SyntheticGame.Generate(options);
        var game = new LiveGame();
        var sentSoFar = new Sent();
        var checkedFrames = 0;
        foreach (var message in synthetic.Messages)
        {
            game.Apply(LiveDataMessageSerializer.Deserialize(message.Utf8Json.Span));
            if (message.Source == "location" && Observe(sentSoFar, message) % 97 == 0)
            {
                // Mid-game too, every snapshot says what the frames so far said (snapshots share a copy and add the
                // latest frame to it).
                checkedFrames++;
                foreach (var (player, frames) in sentSoFar)
                {
                    var tracking = game.Current.TrackingOf(player)!;
                    tracking.Game.Distance.Should().BeApproximately(frames.LastDistance, 1e-6, $"player {player} at frame {sentSoFar.Frames}");
                    tracking.Game.TopSpeed.Should().Be(frames.TopSpeed);
                    tracking.Speed.Should().Be(frames.InLatestFrame ? frames.LastSpeed : null);
                }
            }
        }

        checkedFrames.Should().BeGreaterThan(10);

        var final = game.Current;
        var length = GameLength(options, synthetic.BoxScore.Periods);
        foreach (var team in final.Teams)
        {
            var players = final.PlayersOf(team.Id);
            players.Sum(p => final.TrackingOf(p.Id)?.Game.TimeOnCourt.Ticks ?? 0).Should().Be(5 * length.Ticks, $"five players of {team.DisplayName} were on court for the whole game clock");
            foreach (var period in synthetic.BoxScore.Periods.Select(GamePeriod.Parse))
            {
                var periodLength = period.Kind == GamePeriodKind.Overtime ? options.OvertimeLength : options.PeriodLength;
                players.Sum(p => final.TrackingOf(p.Id)?.Period(period)?.TimeOnCourt.Ticks ?? 0).Should().Be(5 * periodLength.Ticks, $"{team.DisplayName} in {period}");
            }
        }

        var sent = SentTracking(synthetic);
        sent.Should().NotBeEmpty();
        foreach (var (player, frames) in sent)
        {
            var tracking = final.TrackingOf(player)!;
            tracking.Game.Distance.Should().BeApproximately(frames.LastDistance, 1e-6, $"player {player}'s running distance as last sent");
            tracking.Game.TopSpeed.Should().Be(frames.TopSpeed, $"player {player}'s fastest frame");
            foreach (var (period, distance) in frames.PeriodDistance)
            {
                tracking.Period(period)!.Distance.Should().BeApproximately(distance, 1e-6, $"player {player} in {period}");
                tracking.Period(period)!.TopSpeed.Should().Be(frames.PeriodTopSpeed[period]);
            }
        }
    }

    [Fact]
    public async Task FullGame_EmulatorDropsTheConnection_NeverInventsTimeOrDistance()
    {
        var options = new SyntheticGameOptions { Seed = 32, LocationRateHz = 5 };
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = options,
            Pace = LiveDataReplayPace.AsFastAsPossible,
            Faults = new EmulatorFaults { DropEveryMessages = 300 },
        }).WithTimeout();
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = emulator.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
            AllowInsecureTransport = true,
            Reconnect = new ReconnectOptions { Delay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
        });
        var game = new LiveGame();
        var gaps = 0;

        var final = await game.RunAsync(Count(client.StreamAsync(), () => gaps++)).WithTimeout(GameTimeout);

        gaps.Should().BePositive("the emulator dropped the connection and the client said what the non-sequenced sources missed");
        var length = GameLength(options, emulator.BoxScore!.Periods);
        foreach (var team in final.Teams)
        {
            final.PlayersOf(team.Id).Sum(p => final.TrackingOf(p.Id)?.Game.TimeOnCourt.Ticks ?? 0).Should().BeLessThanOrEqualTo(5 * length.Ticks, "time across a gap is credited to nobody");
        }

        var sent = SentTracking(SyntheticGame.Generate(options));
        foreach (var player in final.Players.Keys)
        {
            if (final.TrackingOf(player) is { } tracking && sent.TryGetValue(player, out var frames))
            {
                tracking.Game.Distance.Should().BeLessThanOrEqualTo(frames.LastDistance + 1e-6, $"player {player} never covers more than the emulator's count");
                tracking.Game.TopSpeed.Should().BeLessThanOrEqualTo(frames.TopSpeed);
            }
        }
    }

    private static TimeSpan GameLength(SyntheticGameOptions options, IEnumerable<string> periods) =>
        TimeSpan.FromTicks(periods.Sum(p => (p.StartsWith("OT", StringComparison.Ordinal) ? options.OvertimeLength : options.PeriodLength).Ticks));

    private static async IAsyncEnumerable<LiveDataEvent> Count(IAsyncEnumerable<LiveDataEvent> events, Action gap)
    {
        await foreach (var e in events)
        {
            if (e is LiveDataGapEvent)
            {
                gap();
            }

            yield return e;
        }
    }

    /// <summary>What the location frames said, read from the emulator's JSON without the SDK's models.</summary>
    private static Sent SentTracking(SyntheticGame synthetic)
    {
        var players = new Sent();
        foreach (var message in synthetic.Messages.Where(m => m.Source == "location"))
        {
            Observe(players, message);
        }

        return players;
    }

    /// <summary>Takes in one location frame; returns how many frames were taken in so far.</summary>
    private static int Observe(Sent players, EmulatedMessage message)
    {
        using var json = JsonDocument.Parse(message.Utf8Json);
        var data = json.RootElement.GetProperty("data");
        var period = GamePeriod.Parse(data.GetProperty("period").GetString()!);
        foreach (var frames in players.Values)
        {
            frames.InLatestFrame = false;
        }

        {
            foreach (var sample in data.GetProperty("locations").EnumerateArray().Where(s => s.GetProperty("type").GetString() == "PLAYER"))
            {
                var id = PlayerId.FromNumber(sample.GetProperty("pid").GetInt64());
                var speed = sample.GetProperty("speed").GetDouble();
                var distance = sample.GetProperty("dist").GetDouble();
                if (!players.TryGetValue(id, out var frames))
                {
                    players[id] = frames = new SentFrames();
                }

                if (frames.LastPeriod == period)
                {
                    frames.PeriodDistance[period] = frames.PeriodDistance.GetValueOrDefault(period) + (distance - frames.LastDistance);
                }

                frames.PeriodDistance.TryAdd(period, 0);
                frames.PeriodTopSpeed[period] = Math.Max(frames.PeriodTopSpeed.GetValueOrDefault(period), speed);
                frames.TopSpeed = Math.Max(frames.TopSpeed, speed);
                frames.LastDistance = distance;
                frames.LastPeriod = period;
                frames.LastSpeed = speed;
                frames.InLatestFrame = true;
            }
        }

        return ++players.Frames;
    }

    private sealed class Sent : Dictionary<PlayerId, SentFrames>
    {
        public int Frames { get; set; }
    }

    private sealed class SentFrames
    {
        public double LastSpeed { get; set; }

        public bool InLatestFrame { get; set; }


        public double LastDistance { get; set; }

        public GamePeriod? LastPeriod { get; set; }

        public double TopSpeed { get; set; }

        public Dictionary<GamePeriod, double> PeriodDistance { get; } = [];

        public Dictionary<GamePeriod, double> PeriodTopSpeed { get; } = [];
    }
}
