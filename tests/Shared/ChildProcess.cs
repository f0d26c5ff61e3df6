using System.Diagnostics;

namespace ShotTracker.LiveData.Tests.Shared;

/// <summary>
/// A program of this repository run as a child process with <c>dotnet exec</c>, for what only another process can
/// show: how it answers SIGTERM and SIGINT. Its output is read line by line; disposing kills what is still running.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];

    private ChildProcess(Process process) => _process = process;

    /// <summary>
    /// Gets whether this process ignores SIGINT, which a child inherits and cannot undo (a shell starts background
    /// jobs so); a test of what SIGINT does has nothing to observe then.
    /// </summary>
    public static bool SigintIgnoredHere =>
        File.Exists("/proc/self/status") &&
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line &&
        (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (2 - 1))) != 0;

    /// <summary>Gets every line written so far to standard output and standard error.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>Starts the program built from <c>{directory}/{assemblyName}.csproj</c> (a path from the repository root).</summary>
    public static ChildProcess Start(string directory, string assemblyName, params string[] arguments) =>
        Start(directory, assemblyName, arguments, _ => { });

    /// <summary>
    /// Starts the program built from <c>{directory}/{assemblyName}.csproj</c> with <paramref name="environment"/> edited
    /// first (the child otherwise inherits this process's variables).
    /// </summary>
    public static ChildProcess Start(string directory, string assemblyName, string[] arguments, Action<IDictionary<string, string?>> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(BuiltPath(directory, assemblyName));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        environment(start.Environment);
        var child = new ChildProcess(new Process { StartInfo = start });
        child._process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for a line that contains <paramref name="text"/>; fails with the output so far after <paramref name="timeout"/>.</summary>
    public Task<string> WaitForLineAsync(string text, TimeSpan timeout) =>
        WaitForLineAsync(l => l.Contains(text, StringComparison.Ordinal), $"with \"{text}\"", timeout);

    /// <summary>
    /// Waits for a line that <paramref name="match"/> accepts; fails with the output so far after
    /// <paramref name="timeout"/>, naming the line waited for by <paramref name="description"/>.
    /// </summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, string description, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            _waiters.Add((match, seen));
        }

        try
        {
            return await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"No line {description} within {timeout}; the output so far:\n{Output}", ex);
        }
    }

    /// <summary>Sends a signal by name (<c>TERM</c>, <c>INT</c>) with <c>kill</c>.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        kill.ExitCode.Should().Be(0, $"kill -s {name} reaches the child");
    }

    /// <summary>Waits for the process to end; returns its exit code, or fails with its output after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The process was still running {timeout} later; its output:\n{Output}", ex);
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>The program's own build output, in the same configuration and target framework as the running test's.</summary>
    private static string BuiltPath(string directory, string assemblyName)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShotTracker.LiveData.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, directory, "bin", configuration, testOutput.Name, assemblyName + ".dll");
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToArray())
            {
                _waiters.Remove(waiter);
                waiter.Seen.TrySetResult(line);
            }
        }
    }
}
