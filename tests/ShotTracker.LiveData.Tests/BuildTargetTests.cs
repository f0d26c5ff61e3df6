using System.Reflection;
using System.Runtime.Versioning;

namespace ShotTracker.LiveData.Tests;

public sealed class BuildTargetTests
{
    [Fact]
    public void Library_UnderTest_IsTheIntendedTargetFrameworkBuild()
    {
        var framework = typeof(LiveDataEvent).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

#if LIBRARY_NETSTANDARD
        framework.Should().Be(".NETStandard,Version=v2.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }
}
