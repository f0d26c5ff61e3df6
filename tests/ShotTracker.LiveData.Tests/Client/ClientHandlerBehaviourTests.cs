using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;
using ShotTracker.LiveData.Tests.Replay;

namespace ShotTracker.LiveData.Tests.Client;

/// <summary>
/// The three clients share one state and handler owner, so a user's ConnectionStateChanged handler behaves the same
/// whichever feeds the stream: it runs in order, never on the streaming thread (a handler that blocks does not stop
/// the stream), its exceptions never end the stream, and the stream ends only after it saw the last state.
/// </summary>
public sealed class ClientHandlerBehaviourTests
{
    private const int Messages3 = 3;

    public static TheoryData<string> Clients => new() { "live", "in-memory", "replay" };

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task ConnectionStateChanged_HandlerBlocksUntilTheStreamHasEveryEvent_TheStreamIsNotHeldByIt(string kind)
    {
        await using var feed = await Feed.CreateAsync(kind);
        await HandlerBehaviour.StreamAndCheckAsync(feed.Client, Messages3);
    }

    /// <summary>One client of each kind, fed three sequenced chart messages and then a normal end.</summary>
    private sealed class Feed : IAsyncDisposable
    {
        private readonly IAsyncDisposable? _server;
        private readonly IDisposable? _file;

        private Feed(ILiveDataClient client, IAsyncDisposable? server, IDisposable? file)
        {
            Client = client;
            _server = server;
            _file = file;
        }

        public ILiveDataClient Client { get; }

        public static async Task<Feed> CreateAsync(string kind)
        {
            var messages = Enumerable.Range(1, Messages3).Select(seq => Infrastructure.Messages.Sequenced(seq)).ToList();
            switch (kind)
            {
                case "live":
                    var server = await TestWebSocketServer.StartAsync(async c =>
                    {
                        foreach (var message in messages)
                        {
                            await c.SendAsync(message);
                        }

                        await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
                    });
                    return new Feed(new LiveDataClient(ClientHarness.Options(server.Endpoint)), server, null);
                case "in-memory":
                    return new Feed(new InMemoryLiveDataClient(messages.Select(LiveDataMessageSerializer.Deserialize)), null, null);
                default:
                    var file = await RecordingFile.WriteAsync(messages.Select((m, i) => (TimeSpan.FromSeconds(i), m)));
                    return new Feed(new NdjsonReplayClient(file.Path), null, file);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            _file?.Dispose();
        }
    }
}
