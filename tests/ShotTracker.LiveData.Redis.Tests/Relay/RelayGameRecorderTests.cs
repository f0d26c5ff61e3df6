using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.Redis.Tests.Relay;

/// <summary>LiveDataRedisRelayOptions.RecorderFactory: each game the relay follows is recorded on its own.</summary>
public sealed class RelayGameRecorderTests
{
    [Fact]
    public async Task RecorderFactory_TwoGames_EachGetsItsOwnRecordingOfEveryMessageAndTheRelayClosesIt()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await Emulators.ShortGameAsync(seed: 12);
        var made = new ConcurrentQueue<(string GameId, MemoryStream Destination)>();
        await using (var harness = await RelayHarness.StartAsync(emulator, redis, "g1", o =>
        {
            o.Games.Add("g2");
            o.RecorderFactory = gameId =>
            {
                var destination = new MemoryStream();
                made.Enqueue((gameId, destination));
                return new NdjsonRecorder(destination);
            };
        }))
        {
            await harness.WaitForGamesEndedAsync();
        }

        // Both games are the emulator's one game, so each recording is the whole timeline: once, not shared or mixed.
        var timeline = emulator.Timeline.Select(m => Encoding.UTF8.GetString(m.Utf8Json.Span)).ToArray();
        made.Select(m => m.GameId).Should().BeEquivalentTo(["g1", "g2"], "one recorder per game, made once");
        foreach (var (gameId, destination) in made)
        {
            destination.CanWrite.Should().BeFalse($"the relay disposes the recorder of {gameId} when the game's relay stops");
            (await MessagesAsync(destination.ToArray())).Should().Equal(timeline, $"{gameId}'s recording holds its game's messages");
        }
    }

    [Fact]
    public async Task RecorderFactory_Throws_TheGameIsStillRelayedWhole()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await Emulators.ShortGameAsync(seed: 14);
        await using (var harness = await RelayHarness.StartAsync(emulator, redis, configure: o => o.RecorderFactory = _ => throw new IOException("disk full")))
        {
            await harness.WaitForGamesEndedAsync();
        }

        using var connection = await redis.ConnectAsync();
        GameStreams.Sequences(await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced))
            .Should().Equal(GameStreams.ExpectedSequences(emulator));
    }

    [Fact]
    public async Task RelayRecorder_AnObserverThrows_RedisAndTheNextObserverStillGetTheMessage()
    {
        await using var redis = await RedisServer.StartAsync();
        using var connection = await redis.ConnectAsync();
        using var meter = new Meter("test");
        var next = new NdjsonRecorder(new MemoryStream());
        await using var recorder = new RelayRecorder(TestWriters.Create(connection.GetDatabase(), meter), [new FailingRecorder(), null, next], NullLogger.Instance);

        await recorder.RecordAsync(TestWriters.Chart(1), DateTimeOffset.UnixEpoch).DefaultTimeout();
        await recorder.FlushAsync().DefaultTimeout();

        next.Count.Should().Be(1);
        GameStreams.Sequences(await GameStreams.ReadAsync(connection.GetDatabase(), GameStreams.Keys().Sequenced)).Should().Equal(1L);
    }

    private sealed class FailingRecorder : ILiveDataMessageRecorder
    {
        public Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
            throw new IOException("disk full");
    }

    private static async Task<List<string>> MessagesAsync(byte[] recording)
    {
        using var reader = new NdjsonRecordingReader(new MemoryStream(recording));
        var messages = new List<string>();
        while (await reader.ReadAsync().AsTask().DefaultTimeout())
        {
            messages.Add(Encoding.UTF8.GetString(reader.Message.Span));
        }

        return messages;
    }
}
