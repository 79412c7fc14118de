namespace Crm.Testing.Hosting;

/// <summary>Where the built Host.Sample lives, found from the running test's own output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests run in (Debug or Release), read off the test's output path.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Debug";

    /// <summary>Host.Sample's output folder, which holds the add-on folder the build fills.</summary>
    public static string HostOutput => Path.Combine(Root, "Host.Sample", "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ErpCrmModule.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ErpCrmModule.sln above {AppContext.BaseDirectory}.");
    }
}
