using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests;

/// <summary>The connection settings the package gives every multiplexer it opens from a configuration string.</summary>
public sealed class RedisConfigurationTests
{
    [Fact]
    public void Parse_AnyConfiguration_FailsFastInsteadOfQueuingAndReconnectsWithinSeconds()
    {
        var options = RedisConfiguration.Parse("redis1:6379");

        options.AbortOnConnectFail.Should().BeFalse("Redis down at start delays, it does not fail");
        options.BacklogPolicy.QueueWhileDisconnected.Should().BeFalse("the relay and the reader retry with their own backoff");
        options.ReconnectRetryPolicy.Should().BeOfType<ExponentialRetry>();
        options.ReconnectRetryPolicy!.ShouldRetry(currentRetryCount: 100, timeElapsedMillisecondsSinceLastRetry: RedisConfiguration.MaxReconnectDelayMilliseconds)
            .Should().BeTrue("however long Redis was down, the next reconnect is at most the maximum delay away");
        options.ReconnectRetryPolicy.ShouldRetry(currentRetryCount: 0, timeElapsedMillisecondsSinceLastRetry: RedisConfiguration.ReconnectDelayMilliseconds - 1)
            .Should().BeFalse("no reconnect storm: a first wait comes before a retry");
    }

    [Fact]
    public void Parse_ConfigurationThatSetsTimeouts_KeepsThem()
    {
        var options = RedisConfiguration.Parse("redis1:6379,connectTimeout=1234,asyncTimeout=4321,keepAlive=7,password=pw");

        (options.ConnectTimeout, options.AsyncTimeout, options.KeepAlive, options.Password).Should().Be((1234, 4321, 7, "pw"));
    }
}
