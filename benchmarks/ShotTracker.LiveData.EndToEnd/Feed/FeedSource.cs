using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using ShotTracker.LiveData.Benchmarks;

namespace ShotTracker.LiveData.EndToEnd.Feed;

/// <summary>
/// One source the blast server can send: its message template and where each consumer finds the send stamp. The
/// stamp is <see cref="System.Diagnostics.Stopwatch"/> ticks (CLOCK_MONOTONIC on Linux, the same in every process)
/// written into the payload's own timestamp field <c>t</c>, so every consumer reads it from what it parsed.
/// </summary>
internal sealed partial class FeedSource
{
    private FeedSource(string name, LiveDataSource source, string template, bool stamped)
    {
        Name = name;
        Source = source;
        Template = FrameTemplate.Parse(template);
        IsStamped = stamped;
        SampleLength = Template.Write(new byte[Template.MaxLength], 1042, System.Diagnostics.Stopwatch.GetTimestamp());
    }

    /// <summary>Gets the name used on the command line (the wire name).</summary>
    public string Name { get; }

    /// <summary>Gets the SDK's source.</summary>
    public LiveDataSource Source { get; }

    /// <summary>Gets the frame template.</summary>
    public FrameTemplate Template { get; }

    /// <summary>Gets whether messages carry a send stamp (latency can be measured).</summary>
    public bool IsStamped { get; }

    /// <summary>Gets the size of one message in bytes, as sent.</summary>
    public int SampleLength { get; }

    /// <summary>Gets the names of the sources the blast server knows.</summary>
    public static IReadOnlyList<string> Names { get; } = ["location", "chart", "clock"];

    /// <summary>Returns the source named <paramref name="name"/>.</summary>
    public static FeedSource Get(string name) => name switch
    {
        // 10 players and the ball; every sample's t is the send stamp.
        "location" => new FeedSource(name, LiveDataSource.Location, Timestamps().Replace(Encoding.UTF8.GetString(Messages.LocationFrame()), "\"t\":" + FrameTemplate.StampSlot), stamped: true),

        // The documented chart fixture; seq increases so the client's dedupe lets every message through.
        "chart" => new FeedSource(name, LiveDataSource.Chart, Timestamps().Replace(Sequence().Replace(Encoding.UTF8.GetString(Messages.Fixture("chart.json")), "\"seq\":" + FrameTemplate.SequenceSlot, 1), "\"t\":" + FrameTemplate.StampSlot, 1), stamped: true),

        // Clock ticks have no numeric timestamp field: throughput only.
        "clock" => new FeedSource(name, LiveDataSource.Clock, Encoding.UTF8.GetString(Messages.ClockTick()), stamped: false),
        _ => throw new ArgumentException($"Unknown source '{name}'; known: {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Finds the send stamp in raw bytes: the first <c>"t":</c> number (what the floor does).</summary>
    public static long StampOf(ReadOnlySpan<byte> utf8)
    {
        var at = utf8.IndexOf("\"t\":"u8);
        return at >= 0 && Utf8Parser.TryParse(utf8[(at + 4)..], out long stamp, out _) ? stamp : 0;
    }

    /// <summary>Finds the send stamp in the SDK's typed event.</summary>
    public static long StampOf(LiveDataEvent item) => item switch
    {
        LocationEvent { Data.Locations: [var first, ..] } => first.Timestamp ?? 0,
        ChartEvent e => e.Data.Timestamp ?? 0,
        _ => 0,
    };

    [GeneratedRegex("\"t\":[0-9]+")]
    private static partial Regex Timestamps();

    [GeneratedRegex("\"seq\":[0-9]+")]
    private static partial Regex Sequence();
}
