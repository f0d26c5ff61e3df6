using System.Net.WebSockets;
using ShotTracker.LiveData.Internal.Connection;
using ShotTracker.LiveData.Tests.Infrastructure;
using ShotTracker.LiveData.Internal.Transport;
using ShotTracker.LiveData.Internal.Diagnostics;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class ConnectionUriTests
{
    public static TheoryData<string, string[], string?, string[], long?, string> Combinations => new()
    {
        { "wss://h/live", [], null, [], null, "wss://h/live?token=t%2Bk%3D" },
        { "wss://h/live", ["chart"], null, [], null, "wss://h/live?token=t%2Bk%3D&source=chart" },
        { "wss://h/live", ["clock", "marker", "boxscorestatsv2"], null, [], null, "wss://h/live?token=t%2Bk%3D&source=marker&source=boxscorestatsv2&source=clock" },
        { "wss://h/live", ["broadcastsummary"], "game_stats", [], null, "wss://h/live?token=t%2Bk%3D&source=broadcastsummary&broadcast_summary_level=game_stats" },
        { "wss://h/live", [], null, ["units=metric", "new opt=a&b"], null, "wss://h/live?token=t%2Bk%3D&units=metric&new%20opt=a%26b" },
        { "wss://h/live", [], null, [], 0, "wss://h/live?token=t%2Bk%3D&last_seq=0" },
        { "wss://h/live", [], null, [], 1042, "wss://h/live?token=t%2Bk%3D&last_seq=1042" },
        { "wss://h:8443/v2/live?tenant=x", ["location", "possessions", "possessionstats", "lineupstats"], "full", ["units=metric"], 7, "wss://h:8443/v2/live?tenant=x&token=t%2Bk%3D&source=possessions&source=possessionstats&source=lineupstats&source=location&broadcast_summary_level=full&units=metric&last_seq=7" },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Build_RendersEveryOptionCombination(string endpoint, string[] sources, string? level, string[] extra, long? lastSeq, string expected)
    {
        var options = new LiveDataClientOptions
        {
            Endpoint = new Uri(endpoint),
            TokenProvider = LiveDataTokenProvider.FromToken("t+k="),
            BroadcastSummaryLevel = level,
        };
        foreach (var source in sources)
        {
            LiveDataSourceExtensions.TryParseWireName(source, out var parsed).Should().BeTrue();
            options.Sources.Add(parsed);
        }

        foreach (var pair in extra)
        {
            var parts = pair.Split('=', 2);
            options.AdditionalQueryParameters[parts[0]] = parts[1];
        }

        var uri = ConnectionUri.Build(ClientSettings.Create(options).Query, "t+k=", lastSeq);

        uri.AbsoluteUri.Should().Be(expected);
        RedactedUri.Of(uri).Should().NotContain("t%2Bk").And.Contain("token=***");
    }

    [Fact]
    public async Task StreamAsync_AllOptions_ServerReceivesTheQueryAndReconnectAddsLastSeq()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(c.Index == 0 ? 5 : 6));
            await Task.Delay(30);
            if (c.Index == 0)
            {
                c.Abort();
            }
            else
            {
                await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
            }
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.Sources.Add(LiveDataSource.Chart);
            o.Sources.Add(LiveDataSource.BroadcastSummary);
            o.BroadcastSummaryLevel = "game_stats";
            o.AdditionalQueryParameters["units"] = "metric";
        }));

        await client.CollectAsync();

        var common = "?token=" + ClientHarness.Token + "&source=broadcastsummary&source=chart&broadcast_summary_level=game_stats&units=metric";
        server.RequestQueries.Should().Equal(common, common + "&last_seq=5");
    }
}
