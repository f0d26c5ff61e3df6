using Polly;
using Polly.Retry;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>Turns <see cref="ReconnectOptions"/> into the Polly pipeline that runs each connection attempt.</summary>
internal static class ReconnectPipelineFactory
{
    public static ResiliencePipeline Create(ReconnectOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts is 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions
        {
            BackoffType = options.BackoffType switch
            {
                ReconnectBackoffType.Constant => DelayBackoffType.Constant,
                ReconnectBackoffType.Linear => DelayBackoffType.Linear,
                _ => DelayBackoffType.Exponential,
            },
            UseJitter = options.UseJitter,
            Delay = options.Delay,
            MaxDelay = options.MaxDelay,
            MaxRetryAttempts = options.MaxRetryAttempts ?? int.MaxValue,
            ShouldHandle = static args => new ValueTask<bool>(IsTransient(args.Outcome.Exception)),
        }).Build();
    }

    /// <summary>
    /// Every connection failure is worth another attempt except the user's own cancellation, a misconfigured socket
    /// (an <see cref="ArgumentException"/> from <c>ConfigureWebSocket</c> or a header) and a token endpoint's
    /// permanent answer (a wrong API key, an unknown game). Refused tokens never get here: the attempt returns them as
    /// a result, not an exception.
    /// </summary>
    private static bool IsTransient(Exception? exception) =>
        exception is not null and not OperationCanceledException and not ArgumentException and not LiveDataAuthenticationException and not LiveDataTokenException { IsTransient: false };
}
