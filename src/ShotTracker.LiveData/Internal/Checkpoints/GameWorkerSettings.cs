using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Checkpoints;

/// <summary>What a <see cref="LiveDataGameWorker"/> follows and with what: resolved by <c>AddLiveDataGameWorker</c>.</summary>
internal sealed record GameWorkerSettings(
    string Name,
    string GameId,
    LiveDataGameWorkerOptions Options,
    ILiveDataClientFactory Factory,
    ILiveDataCheckpointStore? Store,
    TimeProvider TimeProvider,
    ILogger Logger);
