using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ShotTracker.LiveData.EndToEnd.Server;

/// <summary>
/// The server child process (this same program with <c>server</c>), so that its CPU time, allocations and
/// collections never count against the consumers measured in this process.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri endpoint, string token)
    {
        _process = process;
        Endpoint = endpoint;
        Token = token;
    }

    /// <summary>Gets the WebSocket endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>Gets the token the server accepts.</summary>
    public string Token { get; }

    /// <summary>Starts <c>server</c> with <paramref name="serverArgs"/> and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(IEnumerable<string> serverArgs, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        start.ArgumentList.Add("server");
        foreach (var arg in serverArgs)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    var parts = line.Split(' ');
                    return new ServerProcess(process, new Uri(parts[1]), parts[2]);
                }
            }

            throw new InvalidOperationException($"The server process exited ({process.ExitCode}) before it was ready.");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Asks the server how many data messages it has sent, over all connections.</summary>
    public async Task<long> GetSentAsync(CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync("stats");
        await _process.StandardInput.FlushAsync(cancellationToken);
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("SENT ", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(5), CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("The server process exited.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>The <c>dotnet</c> host running this process, also when it runs under a test host.</summary>
    private static string DotnetHost()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } path && Path.GetFileName(path) == name)
        {
            return path;
        }

        // The runtime directory is <root>/shared/Microsoft.NETCore.App/<version>/.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return Path.Combine(root, name);
    }
}
