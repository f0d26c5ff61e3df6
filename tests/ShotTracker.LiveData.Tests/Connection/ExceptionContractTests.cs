using System.Net;
using System.Runtime.CompilerServices;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>
/// Nothing but <see cref="LiveDataException"/> types, <see cref="OperationCanceledException"/> and (for bad options)
/// <see cref="ArgumentException"/> leave <see cref="LiveDataClient.StreamAsync"/>.
/// </summary>
public sealed class ExceptionContractTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task StreamAsync_HandshakeRefusedWithAStatus_ReportsItTypedWhileRetryingAndWhenAttemptsRunOut(int status)
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask, rejectHandshake: _ => status);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.Reconnect.MaxRetryAttempts = 2));
        var states = client.RecordStates();

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataHandshakeException>().Which.StatusCode.Should().Be((HttpStatusCode)status);
        error!.Message.Should().Contain($"HTTP {status}").And.Contain("token=***").And.NotContain(ClientHarness.Token);
        var retries = states.Where(s => s.Attempt > 1).ToList();
        retries.Should().HaveCount(2);
        retries.Should().OnlyContain(s => s.Reason == LiveDataDisconnectReason.Error
            && s.Exception is LiveDataHandshakeException && ((LiveDataHandshakeException)s.Exception).StatusCode == (HttpStatusCode)status);
        states.Last().Exception.Should().BeSameAs(error, "the final state change carries the error the stream threw");
        server.Requests.Should().Be(3);
    }

    [Fact]
    public async Task StreamAsync_HandshakeTimesOut_ThrowsTheTypedTimeoutNotARawTimeoutException()
    {
        using var server = new BlackholeServer();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.ConnectTimeout = TimeSpan.FromMilliseconds(200);
            o.Reconnect.MaxRetryAttempts = 0;
        }));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataConnectTimeoutException>().Which.Timeout.Should().Be(TimeSpan.FromMilliseconds(200));
        error!.Message.Should().Contain("0.2 s").And.NotContain(ClientHarness.Token);
    }

    [Fact]
    public async Task StreamAsync_TokenProviderThrowsAnyException_ThrowsLiveDataTokenExceptionWrappingIt()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.TokenProvider = LiveDataTokenProvider.FromDelegate(_ => throw new HttpRequestException("token service down"));
            o.Reconnect.MaxRetryAttempts = 1;
        }));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataTokenException>().Which.InnerException.Should().BeOfType<HttpRequestException>();
        ((LiveDataTokenException)error!).IsTransient.Should().BeTrue("a provider's own failure is retried");
        client.GetStatistics().FailedConnectionAttempts.Should().Be(2, "the first attempt and one retry");
        server.Requests.Should().Be(0);
    }

    [Fact]
    public async Task StreamAsync_FailsWithAnError_RethrowsItWithTheStackTraceOfWhereItWasThrown()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
            o.TokenProvider = LiveDataTokenProvider.FromDelegate(_ => ThrowPermanentTokenError())));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataTokenException>();
        error!.StackTrace.Should().Contain(nameof(ThrowPermanentTokenError), "the buffer rethrows with ExceptionDispatchInfo, keeping the origin");
    }

    [Fact]
    public async Task StreamAsync_TokenProviderTimesOut_IsRetriedAsATransientTokenFailure()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            // An HttpClient timeout surfaces as TaskCanceledException although nobody cancelled the stream.
            o.TokenProvider = LiveDataTokenProvider.FromDelegate(_ => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout."));
            o.Reconnect.MaxRetryAttempts = 2;
        }));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataTokenException>().Which.InnerException.Should().BeOfType<TaskCanceledException>();
        client.GetStatistics().FailedConnectionAttempts.Should().Be(3, "a provider's timeout is retried like any transient failure");
    }

    [Fact]
    public async Task StreamAsync_SocketHookThrowsArgumentException_FailsAtOnceWithIt()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
            o.ConfigureWebSocket = socket => socket.SetRequestHeader("Bad Header Name", "x")));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeAssignableTo<ArgumentException>("a misconfigured socket is the app's bug, not a connection to retry");
        client.GetStatistics().FailedConnectionAttempts.Should().Be(1);
        server.Requests.Should().Be(0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ValueTask<string> ThrowPermanentTokenError() =>
        throw new LiveDataTokenException("The token endpoint does not know this game (HTTP 404).", HttpStatusCode.NotFound);
}
