namespace ShotTracker.LiveData;

/// <summary>How the delay between reconnect attempts grows; the same choices as Polly's <c>DelayBackoffType</c>.</summary>
public enum ReconnectBackoffType
{
    /// <summary>Every retry waits <see cref="ReconnectOptions.Delay"/>.</summary>
    Constant = 0,

    /// <summary>The n-th retry waits n × <see cref="ReconnectOptions.Delay"/>.</summary>
    Linear = 1,

    /// <summary>The n-th retry waits 2ⁿ⁻¹ × <see cref="ReconnectOptions.Delay"/>.</summary>
    Exponential = 2,
}
