namespace ShotTracker.LiveData;

/// <summary>
/// The client's own note, not a message of the service: after a reconnect, the non-sequenced sources
/// (<c>location</c>, <c>clock</c>, <c>broadcastsummary</c>) resume where the service is now, so whatever they sent while
/// the connection was down is missed. Yielded once per reconnect, just before the first new message, so an app can
/// tell a gap from a game that stopped.
/// </summary>
/// <remarks>
/// <para>
/// Sequenced sources lose nothing over a reconnect (they resume with <c>last_seq</c>) and are never listed. Times are
/// receive times on the client's <see cref="LiveDataClientOptions.TimeProvider"/>. Turn these events off with
/// <see cref="LiveDataClientOptions.EmitGapEvents"/> or <see cref="LiveDataSubscription.EmitGapEvents"/>.
/// </para>
/// <para>
/// It has no wire form: <see cref="LiveDataMessageSerializer"/> refuses to write it, and a recorder, which records the
/// messages as received, never sees it. <see cref="Game.LiveGame"/> uses it only to credit no time on court across
/// the gap (<see cref="Game.PlayerTracking"/>).
/// </para>
/// </remarks>
public sealed record LiveDataGapEvent : LiveDataEvent
{
    /// <summary>
    /// Gets the non-sequenced sources that had delivered data to this stream before the connection dropped, in the
    /// order of <see cref="LiveDataSourceExtensions.All"/>.
    /// </summary>
    public required IReadOnlyList<LiveDataSource> Sources { get; init; }

    /// <summary>Gets when the last message before the drop was received.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Gets when the first message after the reconnect was received (the one that follows this event).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>Gets how long nothing arrived: <see cref="To"/> minus <see cref="From"/>.</summary>
    public TimeSpan Duration => To - From;

    /// <inheritdoc />
    public override LiveDataSource? Source => null;

    /// <summary>Describes the gap with the sources' wire names, as the service and the configuration spell them.</summary>
    /// <returns>For example <c>LiveDataGapEvent { Sources = [location, clock], From = …, To = …, Duration = 2.5 s }</c>.</returns>
    public override string ToString() =>
        $"LiveDataGapEvent {{ Sources = [{Sources.ToWireNames(", ")}], "
        + $"From = {From.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}, To = {To.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}, "
        + $"Duration = {Internal.DurationText.Format(Duration)} }}";
    private protected override string? DebuggerDetails =>
        FormattableString.Invariant($"{Sources.ToWireNames()} for {Duration}");
}
