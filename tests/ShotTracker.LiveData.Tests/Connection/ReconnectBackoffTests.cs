using Polly;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public async Task StreamAsync_HandshakeNeverCompletes_ConnectTimeoutFiresAndNextAttemptFollowsTheBackoff()
    {
        var clock = new FakeClock();
        using var server = new BlackholeServer();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.TimeProvider = clock.Time;
            o.Reconnect = new ReconnectOptions { Delay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(30), UseJitter = false };
        }));
        var states = client.RecordStates();
        using var stop = new CancellationTokenSource();
        var consumer = client.CollectAsync(cancellationToken: stop.Token);
        await Wait.UntilAsync(() => server.Accepted == 1, "the first TCP connection");

        var timedOutAfter = await clock.AdvanceUntilAsync(() => client.GetStatistics().FailedConnectionAttempts == 1, TimeSpan.FromSeconds(20), "the connect timeout");
        var secondAfter = await clock.AdvanceUntilAsync(() => server.Accepted == 2, TimeSpan.FromSeconds(10), "the second attempt");
        var thirdTimedOut = await clock.AdvanceUntilAsync(() => client.GetStatistics().FailedConnectionAttempts == 2, TimeSpan.FromSeconds(20), "the second timeout");
        var thirdAfter = await clock.AdvanceUntilAsync(() => server.Accepted == 3, TimeSpan.FromSeconds(10), "the third attempt");

        timedOutAfter.Should().BeCloseTo(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(1), "the default connect timeout is 15 s");
        secondAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2)).And.BeLessThan(TimeSpan.FromSeconds(3.5), "the first retry waits the base delay");
        thirdTimedOut.Should().BeCloseTo(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(1));
        thirdAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(4)).And.BeLessThan(TimeSpan.FromSeconds(5.5), "exponential backoff doubles the delay");
        client.State.Should().Be(LiveDataConnectionState.Connecting);
        states.Where(s => s.Attempt > 1).Should().OnlyContain(s => s.Reason == LiveDataDisconnectReason.ConnectTimeout && s.Exception is LiveDataConnectTimeoutException);
        states.Select(s => s.Attempt).Should().StartWith([1, 2, 3]);
        await stop.CancelAsync();
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
    }

    [Fact]
    public async Task StreamAsync_MaxAttemptsExhausted_FailsWithTheLastError()
    {
        using var server = new BlackholeServer();
        var endpoint = server.Endpoint;
        server.Dispose(); // nothing listens any more: every attempt is refused
        await using var client = new LiveDataClient(ClientHarness.Options(endpoint, o =>
            o.Reconnect = new ReconnectOptions { Delay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(5), MaxRetryAttempts = 2 }));

        var act = async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
            }
        };

        var error = (await act.Should().ThrowAsync<LiveDataException>().DefaultTimeout()).Which;
        error.Message.Should().Contain("token=***");
        client.GetStatistics().FailedConnectionAttempts.Should().Be(3, "the first attempt and two retries");
    }

    [Fact]
    public async Task StreamAsync_UserSuppliedPipeline_RunsTheAttemptsButNeverRetriesARefusedToken()
    {
        using var closed = new BlackholeServer();
        var endpoint = closed.Endpoint;
        closed.Dispose();
        var retries = 0;
        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new Polly.Retry.RetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                Delay = TimeSpan.Zero,
                OnRetry = _ =>
                {
                    Interlocked.Increment(ref retries);
                    return default;
                },
            })
            .Build();
        await using (var client = new LiveDataClient(ClientHarness.Options(endpoint, o => o.ReconnectPipeline = pipeline)))
        {
            await client.Invoking(c => c.CollectAsync()).Should().ThrowAsync<LiveDataException>().DefaultTimeout();
            retries.Should().Be(3, "connection failures go to the user's pipeline");
            client.GetStatistics().FailedConnectionAttempts.Should().Be(4);
        }

        retries = 0;
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask, rejectHandshake: _ => 401);
        await using (var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.ReconnectPipeline = pipeline)))
        {
            await client.Invoking(c => c.CollectAsync()).Should().ThrowAsync<LiveDataAuthenticationException>().DefaultTimeout();
            retries.Should().Be(0, "a refused token is never handed to the pipeline as a failure");
            server.Requests.Should().Be(2);
        }
    }
}
