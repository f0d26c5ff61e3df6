using ShotTracker.LiveData.Internal.Connection;

namespace ShotTracker.LiveData;

/// <content>Subscribers: every enumeration joins the one shared connection, which closes when the last one leaves.</content>
public sealed partial class LiveDataClient
{
    /// <summary>
    /// Yields the messages <paramref name="subscription"/> asks for, as one subscriber of the client's shared
    /// connection: with its own source filter, buffer, back-pressure policies and full mode.
    /// </summary>
    /// <param name="subscription">This subscriber's settings; read now, so later changes have no effect.</param>
    /// <param name="cancellationToken">
    /// Stops this stream: the enumeration throws <see cref="OperationCanceledException"/>, and when it was the last
    /// subscriber the connection is closed gracefully.
    /// </param>
    /// <returns>
    /// The typed events of the subscribed sources, in the order received, starting at the next message when the
    /// connection is already running; see <see cref="StreamAsync(CancellationToken)"/>.
    /// </returns>
    /// <remarks>
    /// A slow subscriber never holds up the others unless its <see cref="LiveDataSubscription.FullMode"/> is
    /// <see cref="LiveDataSubscriberFullMode.Wait"/>: its keep-latest sources are coalesced, and with the default
    /// <see cref="LiveDataSubscriberFullMode.EndSubscriber"/> a non-sequenced message that does not fit is dropped for
    /// it alone, while a sequenced one ends it with <see cref="LiveDataSubscriberOverflowException"/>. Every sequenced
    /// message it receives, it receives exactly once and in order, across reconnects.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="subscription"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value of <paramref name="subscription"/> is invalid, or names a source the client does not subscribe to.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    /// <exception cref="LiveDataSubscriberOverflowException">Thrown by the enumeration when this subscriber fell too far behind (see above).</exception>
    /// <exception cref="LiveDataException">Thrown by the enumeration when the connection fails for good, as for <see cref="StreamAsync(CancellationToken)"/>.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(LiveDataSubscription subscription, CancellationToken cancellationToken = default)
    {
        _streams.ThrowIfDisposed();
        return _streams.StreamAsync(SubscriberSettings.Create(subscription, _streams.Delivery), cancellationToken);
    }
}
