using System.Text;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Loads the JSON message fixtures copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static byte[] LoadBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string LoadText(string name) => Encoding.UTF8.GetString(LoadBytes(name));
}
