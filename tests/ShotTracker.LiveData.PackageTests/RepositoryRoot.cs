namespace ShotTracker.LiveData.PackageTests;

/// <summary>Finds the repository (the folder holding the solution) from the test binary's location.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShotTracker.LiveData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ShotTracker.LiveData.sln) was not found.");
    }
}
