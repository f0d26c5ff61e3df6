using System.Globalization;
using ShotTracker.LiveData;

// A Native AOT build of a Live Data client: streams until the event ends and prints what arrived per source.
// usage: AotConsole --endpoint wss://host/path [--token TOKEN | SHOTTRACKER_TOKEN] [--insecure]
string? endpoint = null;
var token = Environment.GetEnvironmentVariable("SHOTTRACKER_TOKEN");
var insecure = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--endpoint" when i + 1 < args.Length: endpoint = args[++i]; break;
        case "--token" when i + 1 < args.Length: token = args[++i]; break;
        case "--insecure": insecure = true; break;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}.");
            return 2;
    }
}

if (endpoint is null || string.IsNullOrEmpty(token))
{
    Console.Error.WriteLine("usage: AotConsole --endpoint wss://host/path [--token TOKEN] [--insecure]");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

await using var client = new LiveDataClient(new LiveDataClientOptions
{
    Endpoint = new Uri(endpoint),
    TokenProvider = LiveDataTokenProvider.FromToken(token),
    AllowInsecureTransport = insecure,
});

var perKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
var total = 0;
try
{
    await foreach (var e in client.StreamAsync(cancellation.Token))
    {
        total++;
        var kind = e.Source?.ToWireName() ?? e.GetType().Name;
        perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
        if (e is ChartEvent shot)
        {
            Console.WriteLine($"shot #{shot.Sequence}: player {shot.Data.PlayerId} {shot.Data.Result} {shot.Data.Points} pts");
        }
    }
}
catch (LiveDataException ex)
{
    Console.Error.WriteLine($"The stream failed: {ex.Message}");
    return 1;
}

foreach (var (kind, count) in perKind)
{
    Console.WriteLine($"{kind}: {count.ToString(CultureInfo.InvariantCulture)}");
}

Console.WriteLine($"events: {total.ToString(CultureInfo.InvariantCulture)}, last seq: {client.LastSequence?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
return 0;
