using System.Diagnostics;

namespace ShotTracker.LiveData.Tests.Checkpoints;

/// <summary>
/// A checkpoint directory the test process cannot write although it runs as root, where <c>chmod</c> stops nothing:
/// a directory made immutable with <c>chattr +i</c> (refused to root too), or, where the file system or the process's
/// capabilities do not allow that, a sysfs directory (no process may create a file there); or a path under a file.
/// </summary>
internal sealed class UnwritableDirectory : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "livedata-unwritable-" + Guid.NewGuid().ToString("N"));
    private readonly bool _immutable;

    public UnwritableDirectory(string kind)
    {
        Directory.CreateDirectory(_root);
        if (kind == "under a file")
        {
            var file = System.IO.Path.Combine(_root, "a-file");
            File.WriteAllText(file, "not a directory");
            Path = System.IO.Path.Combine(file, "checkpoints");
            return;
        }

        var directory = System.IO.Path.Combine(_root, "read-only");
        Directory.CreateDirectory(directory);
        _immutable = Chattr("+i", directory);
        Path = _immutable ? directory : "/sys/kernel";
    }

    public string Path { get; }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i", Path);
        }

        Directory.Delete(_root, recursive: true);
    }

    private static bool Chattr(string change, string path)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true })!;
            chattr.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr
        }
    }
}
