using System.Text;

namespace ShotTracker.LiveData.Tests.Architecture.Fixture;

// Types whose references to each other sit only in method bodies, for LayerCheckTests: nothing in a signature names
// another fixture type, so only the IL scan can find the edges.
#pragma warning disable CA1812, CA1822 // instantiated and called by no one: read by reflection only

internal sealed class LowType
{
    public object Build() => new StringBuilder();

    public bool IsUri(object value) => value is Uri;

    public Func<int> Later() => () => HighType.Answer();

    public async Task<string> NameAsync()
    {
        await Task.Yield();
        return typeof(PeerType).Name;
    }
}

internal sealed class HighType
{
    public static int Answer() => PeerType.Count();
}

internal sealed class PeerType
{
    public static int Count() => HighType.Answer() - 1;
}
