using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Diagnostics;

public sealed class LiveDataMetricsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Messages_CountedWithSizeAndLagPerSource_OnTheFactorysMeter()
    {
        var sentAt = Now.ToUnixTimeMilliseconds() - 1500;
        string[] charts = [Chart(1, sentAt), Chart(2, sentAt), Chart(3, sentAt)];
        var location = """{"type":"data","source":"location","data":{"locations":[{"t":""" + Ms(sentAt - 500) + """},{"t":""" + Ms(sentAt + 1000) + "}]}}";
        var summary = """{"type":"data","source":"broadcastsummary","data":{"at":""" + Ms(sentAt + 2500) + "}}";
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            foreach (var message in charts.Concat([Messages.Clock(1), Messages.Clock(2), location, summary, Messages.Unknown("newsource", "x")]))
            {
                await c.SendAsync(message);
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        using var metrics = new MetricRecorder();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.MeterFactory = metrics;
            o.TimeProvider = new FakeTimeProvider(Now);
        }));

        var events = await client.CollectAsync();

        events.Should().HaveCount(8);
        metrics.Meters.Should().ContainSingle().Which.Name.Should().Be(LiveDataDiagnostics.MeterName);
        metrics.Sum("shottracker.livedata.messages", "shottracker.livedata.source", "chart").Should().Be(3);
        metrics.Sum("shottracker.livedata.messages", "shottracker.livedata.source", "clock").Should().Be(2);
        metrics.Sum("shottracker.livedata.messages", "shottracker.livedata.source", "location").Should().Be(1);
        metrics.Sum("shottracker.livedata.messages", "shottracker.livedata.source", "unknown").Should().Be(1);
        metrics.Sum("shottracker.livedata.message.size", "shottracker.livedata.source", "chart").Should().Be(charts.Sum(m => Encoding.UTF8.GetByteCount(m)));
        metrics.Of("shottracker.livedata.message.size").Should().OnlyContain(m => m.Unit == "By");

        var lag = metrics.Of("shottracker.livedata.message.lag");
        lag.Should().OnlyContain(m => m.Unit == "s");
        lag.Where(m => Equals(m.Tags["shottracker.livedata.source"], "chart")).Select(m => m.Value).Should().Equal(1.5, 1.5, 1.5);
        lag.Where(m => Equals(m.Tags["shottracker.livedata.source"], "location")).Select(m => m.Value).Should().Equal(0.5);
        lag.Where(m => Equals(m.Tags["shottracker.livedata.source"], "broadcastsummary")).Select(m => m.Value).Should().Equal(new[] { -1.0 }, "a payload stamped ahead of the client's clock is recorded as is");
        lag.Should().NotContain(m => Equals(m.Tags["shottracker.livedata.source"], "clock"), "clock payloads carry no timestamp");

        var active = metrics.Of("shottracker.livedata.connection.active").Select(m => m.Value);
        active.Should().Equal(1, -1);
    }

    [Fact]
    public async Task ReconnectDuplicatesAndParseErrors_AreCountedAndMatchTheStatistics()
    {
        LiveDataClient? client = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            if (c.Index == 0)
            {
                await c.SendAsync(Messages.Sequenced(1));
                await c.SendAsync(Messages.Sequenced(2));
                await c.SendAsync("{not json");
                // Dropped once the client has what was sent: a reset can discard data the client has not read yet.
                await Wait.UntilAsync(() => client?.GetStatistics().ParseErrors == 1, "the client has all three messages");
                c.Abort();
                return;
            }

            for (var seq = 1; seq <= 3; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        using var metrics = new MetricRecorder();
        await using var created = client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.MeterFactory = metrics));

        var events = await client.CollectAsync();

        events.Where(e => e is ChartEvent).Select(e => e.Sequence).Should().Equal(1L, 2L, 3L);
        var statistics = client.GetStatistics();
        metrics.Of("shottracker.livedata.reconnects").Should().ContainSingle()
            .Which.Tags["shottracker.livedata.reason"].Should().Be("lost");
        metrics.Sum("shottracker.livedata.duplicates_dropped").Should().Be(2).And.Be(statistics.DuplicatesDropped);
        metrics.Sum("shottracker.livedata.parse_errors").Should().Be(1).And.Be(statistics.ParseErrors);
        metrics.Sum("shottracker.livedata.messages", "shottracker.livedata.source", "chart").Should().Be(5).And.Be(statistics.MessagesBySource[LiveDataSource.Chart]);
        metrics.Sum("shottracker.livedata.connection.active").Should().Be(0);
    }

    [Fact]
    public async Task RefusedHandshake_IsCountedAsAFailedAttemptWithItsReason()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask, rejectHandshake: _ => 401);
        using var metrics = new MetricRecorder();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.MeterFactory = metrics));

        await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        metrics.Of("shottracker.livedata.connect.failures").Should().HaveCount(2)
            .And.OnlyContain(m => Equals(m.Tags["shottracker.livedata.reason"], "authentication_failed"));
        metrics.Of("shottracker.livedata.connection.active").Should().BeEmpty();
    }

    [Fact]
    public async Task WithoutAMeterFactory_MessagesAreRecordedOnTheSharedMeterNamedForThePackage()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1, "marker"));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        long markers = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LiveDataDiagnostics.MeterName && instrument.Meter.Scope is null && instrument.Name == "shottracker.livedata.messages")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "shottracker.livedata.source" && Equals(tag.Value, "marker"))
                {
                    Interlocked.Add(ref markers, value);
                }
            }
        });
        listener.Start();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        await client.CollectAsync();

        Interlocked.Read(ref markers).Should().BeGreaterThanOrEqualTo(1, "tests running in parallel may add their own markers, but ours is there");
    }

    [Fact]
    public void Instruments_HaveThePinnedNamesUnitsAndAttributes()
    {
        var published = PublishedInstruments();

        published.Should().Equal(PinnedInstruments, "renaming an instrument, unit or attribute breaks dashboards: note it in the CHANGELOG");
    }

    [Fact]
    public void Instruments_AreExactlyTheObservabilityArticlesMetricsTable()
    {
        var article = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "articles", "observability.md"));
        var rows = Regex.Matches(article, @"^\| `(shottracker\.livedata\.[a-z._]+)` \| (\w+) \| `([^`]+)` \| ([^|]*)\|", RegexOptions.Multiline)
            .Select(m => new Instrument(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value.Trim().Trim('`')))
            .ToList();

        rows.Should().Equal(PublishedInstruments(), "the Observability article's table lists every instrument with its type, unit and attribute, in order");
    }

    [Fact]
    public void ReasonValues_AreTheEnumsNamesInSnakeCase_ForEveryReason()
    {
        var values = Enum.GetValues<LiveDataDisconnectReason>().Select(LiveDataTelemetryNames.ReasonValue).ToList();

        values.Should().Equal(
            "none", "lost", "keep_alive_timeout", "server_closed", "connect_timeout", "error", "by_user", "authentication_failed", "message_too_large");
        LiveDataTelemetryNames.ReasonValue((LiveDataDisconnectReason)99).Should().Be("none");
    }

    private static readonly Instrument[] PinnedInstruments =
    [
        new("shottracker.livedata.messages", "Counter", "{message}", "shottracker.livedata.source"),
        new("shottracker.livedata.message.size", "Histogram", "By", "shottracker.livedata.source"),
        new("shottracker.livedata.message.lag", "Histogram", "s", "shottracker.livedata.source"),
        new("shottracker.livedata.reconnects", "Counter", "{reconnect}", "shottracker.livedata.reason"),
        new("shottracker.livedata.connect.failures", "Counter", "{attempt}", "shottracker.livedata.reason"),
        new("shottracker.livedata.duplicates_dropped", "Counter", "{message}", ""),
        new("shottracker.livedata.parse_errors", "Counter", "{message}", ""),
        new("shottracker.livedata.connection.active", "UpDownCounter", "{connection}", ""),
    ];

    /// <summary>Every instrument the meter publishes, with the attribute names of one measurement of each.</summary>
    private static List<Instrument> PublishedInstruments()
    {
        using var recorder = new MetricRecorder();
        var instruments = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Metrics.Instrument>();
        using (var listener = new MeterListener { InstrumentPublished = (i, _) => instruments.Enqueue(i) })
        {
            var metrics = LiveDataMetrics.Create(recorder);
            listener.Start();
            metrics.Message(LiveDataSource.Chart, 10);
            metrics.Lag(LiveDataSource.Chart, TimeSpan.FromSeconds(1));
            metrics.Reconnect(LiveDataDisconnectReason.Lost);
            metrics.ConnectFailure(LiveDataDisconnectReason.Error);
            metrics.Duplicate();
            metrics.ParseError();
            metrics.ConnectionOpened();
        }

        return instruments
            .Where(i => ReferenceEquals(i.Meter.Scope, recorder))
            .Select(i => new Instrument(
                i.Name,
                i.GetType().Name.Split('`')[0],
                i.Unit ?? string.Empty,
                string.Join(", ", recorder.Of(i.Name).SelectMany(m => m.Tags.Keys).Distinct())))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("README.md was not found above the test output.");
    }

    private sealed record Instrument(string Name, string Type, string Unit, string Attributes);

    private static string Chart(long seq, long t) =>
        "{\"type\":\"data\",\"source\":\"chart\",\"seq\":" + Ms(seq) + ",\"data\":{\"t\":" + Ms(t) + "}}";

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);
}
