using System.Diagnostics;
using System.Reflection;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Tests.Diagnostics;

/// <summary>
/// What a debugger shows for events, snapshots, options and statistics (issue 21): each type's
/// <see cref="DebuggerDisplayAttribute"/> names its private <c>DebuggerDisplay</c> property, whose text is short, holds
/// the key values and never a secret.
/// </summary>
public sealed class DebuggerDisplayTests
{
    public static TheoryData<Type> DisplayedTypes() =>
    [
        typeof(LiveDataEvent), typeof(ChartEvent), typeof(LocationEvent), typeof(ClockEvent), typeof(MarkerEvent),
        typeof(BoxScoreStatsEvent), typeof(BroadcastSummaryEvent), typeof(LineupStatsEvent), typeof(PossessionsEvent),
        typeof(PossessionStatsEvent), typeof(PongEvent), typeof(LiveDataGapEvent), typeof(InvalidLiveDataEvent),
        typeof(UnknownLiveDataEvent), typeof(GameSnapshot), typeof(GamePlayer), typeof(GameTeam), typeof(BoxScoreLine),
        typeof(GamePlay), typeof(ShotPlay), typeof(LiveDataClientOptions), typeof(ReconnectOptions),
        typeof(HttpLiveDataTokenProviderOptions), typeof(LiveDataReplayOptions), typeof(LiveGameOptions),
        typeof(LiveDataGameWorkerOptions), typeof(LiveDataClientStatistics),
    ];

    [Theory]
    [MemberData(nameof(DisplayedTypes))]
    public void Type_HasDebuggerDisplay_NamingItsDebuggerDisplayProperty(Type type)
    {
        type.GetCustomAttribute<DebuggerDisplayAttribute>(inherit: true)!.Value.Should().Be("{DebuggerDisplay,nq}");
        FindProperty(type).Should().NotBeNull($"{type.Name} or a base of it declares the property the attribute names");
    }

    [Fact]
    public void Events_ShowTypeSequenceSourceAndKeyValues()
    {
        Display(new ChartEvent { Sequence = 42, Data = new ChartData { PlayerId = "7", Points = 3, ResultCode = "made" } })
            .Should().Be("ChartEvent #42 chart: pid 7, 3 pts, made");
        Display(new LocationEvent { Data = new LocationData { Locations = [new LocationSample(), new LocationSample()] } })
            .Should().Be("LocationEvent location: 2 samples");
        Display(PongEvent.Instance).Should().Be("PongEvent");
        var from = new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero);
        Display(new LiveDataGapEvent { Sources = [LiveDataSource.Chart, LiveDataSource.Marker], From = from, To = from.AddSeconds(5) })
            .Should().Be("LiveDataGapEvent: chart,marker for 00:00:05");
        Display(new UnknownLiveDataEvent { Type = "data", SourceName = "newsource", RawJson = new byte[] { 0x7B, 0x7D } })
            .Should().Be("UnknownLiveDataEvent: type data, source newsource");
    }

    [Fact]
    public void Snapshot_ShowsGameScoreAndCounts()
    {
        var home = new GameTeam { Id = TeamId.FromNumber(1), Name = "Home", Side = TeamSide.Home, Score = 40 };
        var away = new GameTeam { Id = TeamId.FromNumber(2), Name = "Away", Side = TeamSide.Away, Score = 38 };
        var player = new GamePlayer
        {
            Id = PlayerId.FromNumber(7),
            TeamId = home.Id,
            FirstName = "Ada",
            LastName = "Lovelace",
            JerseyNumber = 10,
            OnCourt = true,
            Stats = new BoxScoreLine { Points = 12, FieldGoalsMade = 5, FieldGoalsAttempted = 9, Rebounds = 4, Assists = 2 },
        };
        var snapshot = new GameSnapshot
        {
            GameId = "g1",
            Status = GameStatus.Live,
            Period = GamePeriod.Parse("Q2"),
            Teams = [home, away],
            Players = new Dictionary<PlayerId, GamePlayer> { [player.Id] = player },
            LastSequence = 99,
        };

        Display(snapshot).Should().Be("game g1 Live, period Q2, Away 38 - 40 Home, 1 players, 0 plays, seq 99");
        Display(home).Should().Be("Home (Home), 40 pts, 0 on court");
        Display(player).Should().Be("#10 A. Lovelace (7), team 1, on court, 12 pts");
        Display(player.Stats).Should().Be("12 pts, 5/9 FG, 4 reb, 2 ast");
        Display(new ShotPlay { Sequence = 5, Period = GamePeriod.Parse("Q2"), GameClock = new TimeSpan(0, 5, 31), TeamId = home.Id, PlayerId = player.Id })
            .Should().Be("ShotPlay #5 Q2 05:31, team 1, player 7");
    }

    [Fact]
    public void ClientOptions_ShowEndpointSourcesAndProviderType_NeverATokenOrSecret()
    {
        var options = new LiveDataClientOptions
        {
            Endpoint = new Uri("wss://user:password1@api.example.com/v2/live?token=secret2"),
            TokenProvider = new ThrowingTokenProvider(),
            LastSequence = 5,
        };
        options.Sources.Add(LiveDataSource.Chart);
        options.AdditionalQueryParameters["apiKey"] = "secret3";
        options.RequestHeaders["Authorization"] = "Bearer secret4";

        var display = Display(options);

        display.Should().Be("wss://api.example.com/v2/live [chart], token provider ThrowingTokenProvider, last seq 5");
        display.Should().NotContainAny("password1", "secret");
    }

    [Fact]
    public void TokenProviderOptions_NeverShowTheRequestUriOrAHeaderValue()
    {
        var options = new HttpLiveDataTokenProviderOptions { RequestUriTemplate = "https://auth.example.com/token?key=secret1" };
        options.Headers["X-Api-Key"] = "secret2";

        var display = Display(options);

        display.Should().Be("GET 'token', 1 headers, cache , 3 retries");
        display.Should().NotContain("secret");
    }

    [Fact]
    public void OtherOptionsAndStatistics_ShowTheirKeyValues()
    {
        Display(new ReconnectOptions()).Should().Be("Exponential 00:00:00.5000000 to 00:00:30, jitter True, attempts unlimited");
        Display(new LiveGameOptions()).Should().Be("change buffer 64, adopt summary True");
        Display(new LiveDataClientStatistics(new Dictionary<LiveDataSource, long> { [LiveDataSource.Chart] = 3, [LiveDataSource.Location] = 4 })
        {
            ParseErrors = 1,
            Reconnects = 2,
            LastSequence = 9,
        }).Should().Be("7 messages, 1 parse errors, 0 duplicates, 2 reconnects, last seq 9");
    }

    private static string Display(object value)
    {
        value.GetType().GetCustomAttribute<DebuggerDisplayAttribute>(inherit: true).Should().NotBeNull();
        return (string)FindProperty(value.GetType())!.GetValue(value)!;
    }

    private static PropertyInfo? FindProperty(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.GetProperty("DebuggerDisplay", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is { } property)
            {
                return property;
            }
        }

        return null;
    }

    private sealed class ThrowingTokenProvider : ILiveDataTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The debugger display must not ask for a token.");
    }
}
