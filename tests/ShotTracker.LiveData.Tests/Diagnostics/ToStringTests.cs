using System.Collections.Concurrent;
using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Diagnostics;

public sealed class ToStringTests
{
    [Fact]
    public void Statistics_PrintEveryCount()
    {
        var statistics = new LiveDataClientStatistics(new Dictionary<LiveDataSource, long> { [LiveDataSource.Clock] = 2, [LiveDataSource.Chart] = 3 })
        {
            UnknownMessages = 1,
            ParseErrors = 4,
            DuplicatesDropped = 5,
            MessagesCoalesced = 6,
            Reconnects = 7,
            FailedConnectionAttempts = 8,
            PingsSent = 9,
            PongsReceived = 10,
            KeepAliveTimeouts = 11,
            PendingEvents = 12,
            LastSequence = 1234,
            MessagesDropped = 13,
            Subscribers = 14,
        };

        statistics.ToString().Should().Be(
            "LiveDataClientStatistics { MessagesBySource = { chart = 3, clock = 2 }, UnknownMessages = 1, ParseErrors = 4, DuplicatesDropped = 5, "
            + "MessagesCoalesced = 6, MessagesDropped = 13, Reconnects = 7, FailedConnectionAttempts = 8, PingsSent = 9, PongsReceived = 10, KeepAliveTimeouts = 11, "
            + "PendingEvents = 12, Subscribers = 14, LastSequence = 1234 }");
    }

    [Fact]
    public void StateChanged_PrintsTheChangeAndItsDetails()
    {
        var args = new LiveDataConnectionStateChangedEventArgs(LiveDataConnectionState.Connected, LiveDataConnectionState.Reconnecting, LiveDataDisconnectReason.ServerClosed)
        {
            Attempt = 2,
            CloseStatus = WebSocketCloseStatus.InternalServerError,
            CloseStatusDescription = "restarting",
            ResumedFromSequence = 41,
            Exception = new LiveDataException("The connection failed."),
        };

        args.ToString().Should().Be("Connected -> Reconnecting (ServerClosed, attempt 2, close status 1011 'restarting', resumed from 41, LiveDataException: The connection failed.)");
    }

    [Fact]
    public void Resumed_PrintsWhereItResumed()
    {
        new LiveDataResumedEventArgs(41, 42, 3).ToString().Should().Be("Resumed after 41: first new 42, 3 re-sent dropped");
    }

    [Fact]
    public void HttpTokenProviderOptions_PrintTheirValuesWithSecretsRedacted()
    {
        var options = new HttpLiveDataTokenProviderOptions
        {
            RequestUriTemplate = "https://api.example/v2/games/{gameId}/token?api_key=s3cr3t-KEY",
            Method = HttpMethod.Post,
            Headers = { ["X-Api-Key"] = "s3cr3t-HEADER", ["Authorization"] = "Bearer s3cr3t-BEARER" },
            ConfigureRequest = (_, _) => default,
            TokenPropertyPath = "data.token",
            CacheLifetime = TimeSpan.FromMinutes(5),
            MaxRetryAttempts = 0,
        };

        var text = options.ToString();

        text.Should().Be(
            "HttpLiveDataTokenProviderOptions { RequestUriTemplate = https://api.example/v2/games/{gameId}/token?***, Method = POST, "
            + "Headers = { X-Api-Key = ***, Authorization = *** }, ConfigureRequest = set, TokenPropertyPath = data.token, CacheLifetime = 00:05:00, "
            + "MaxRetryAttempts = 0, RetryDelay = 00:00:00.5000000, AttemptTimeout = 00:00:10 }");
        text.Should().NotContain("s3cr3t");
    }

    [Fact]
    public async Task WhatAStreamReports_NeverPrintsTheToken()
    {
        LiveDataClient? client = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            if (c.Index == 0)
            {
                await c.SendAsync(Messages.Sequenced(1));
                await c.SendAsync(Messages.Sequenced(2));
                // Dropped once the client has what was sent: a reset can discard data the client has not read yet.
                await Wait.UntilAsync(() => client?.LastSequence == 2, "the client has both messages");
                c.Abort();
                return;
            }

            await c.SendAsync(Messages.Sequenced(1));
            await c.SendAsync(Messages.Sequenced(3));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var created = client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var states = client.RecordStates();
        var resumed = new ConcurrentQueue<LiveDataResumedEventArgs>();
        client.Resumed += (_, e) => resumed.Enqueue(e);

        await client.CollectAsync();

        var texts = states.Select(s => s.ToString()).Concat(resumed.Select(r => r.ToString())).Append(client.GetStatistics().ToString()).ToList();
        texts.Should().Contain(t => t.Contains("resumed from 2", StringComparison.Ordinal), "the reconnect resumed after the last sequence");
        texts.Should().Contain(t => t.StartsWith("Connected -> Reconnecting (Lost", StringComparison.Ordinal));
        texts.Should().Contain("Resumed after 2: first new 3, 1 re-sent dropped");
        texts.Should().NotContain(t => t.Contains(ClientHarness.Token, StringComparison.Ordinal));
    }
}
