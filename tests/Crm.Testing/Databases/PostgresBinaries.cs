using System.Globalization;

namespace Crm.Testing.Databases;

/// <summary>
/// Where the PostgreSQL server programs are and which OS user runs them. PostgreSQL refuses to
/// run as root, so a root test process runs them as the <c>postgres</c> user that Debian's
/// postgresql package creates.
/// </summary>
internal sealed class PostgresBinaries
{
    private const string ServiceUser = "postgres";

    private static readonly Lazy<Task<(PostgresBinaries? Binaries, string? Reason)>> Located = new(LocateAsync);

    private PostgresBinaries(string binDirectory, string? runAsUser)
    {
        BinDirectory = binDirectory;
        RunAsUser = runAsUser;
    }

    public string BinDirectory { get; }

    /// <summary>The OS user the server programs run as, or null to run them as the test process's own user.</summary>
    public string? RunAsUser { get; }

    /// <summary>The binaries, or why there are none; looked up once per process.</summary>
    public static Task<(PostgresBinaries? Binaries, string? Reason)> FindAsync() => Located.Value;

    /// <summary>The command line that runs <paramref name="program"/> from <see cref="BinDirectory"/> as <see cref="RunAsUser"/>.</summary>
    public IReadOnlyList<string> Command(string program, params IEnumerable<string> arguments)
    {
        var executable = Path.Combine(BinDirectory, program);
        return RunAsUser is null
            ? [executable, .. arguments]
            : ["runuser", "-u", RunAsUser, "--", executable, .. arguments];
    }

    private static async Task<(PostgresBinaries? Binaries, string? Reason)> LocateAsync()
    {
        var binDirectory = FromDebianLayout() ?? await FromPgConfigAsync().ConfigureAwait(false) ?? FromPath();
        if (binDirectory is null)
        {
            return (null, "no PostgreSQL server binaries (initdb, pg_ctl) were found in /usr/lib/postgresql/*/bin, "
                + "in 'pg_config --bindir' or on PATH; install them (Debian: apt-get install postgresql).");
        }

        if (!string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            return (new PostgresBinaries(binDirectory, runAsUser: null), null);
        }

        var user = await ExternalProcess.RunAsync(["id", "-u", ServiceUser]).ConfigureAwait(false);
        if (!user.Succeeded)
        {
            return (null, $"the tests run as root, which PostgreSQL refuses, and there is no '{ServiceUser}' OS user to run "
                + $"the server as (the postgresql package creates it; or run the tests as a normal user). Binaries: {binDirectory}.");
        }

        return (new PostgresBinaries(binDirectory, ServiceUser), null);
    }

    private static string? FromDebianLayout()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root)
            .Select(version => (Version: ParseMajor(Path.GetFileName(version)), Bin: Path.Combine(version, "bin")))
            .Where(candidate => candidate.Version is not null && HasServerPrograms(candidate.Bin))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    private static async Task<string?> FromPgConfigAsync()
    {
        try
        {
            var result = await ExternalProcess.RunAsync(["pg_config", "--bindir"]).ConfigureAwait(false);
            var directory = result.Output.Trim();
            return result.Succeeded && HasServerPrograms(directory) ? directory : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH: only the client library's development files ship it.
            return null;
        }
    }

    /// <summary>The real folder of the first initdb on PATH: PATH entries are often symlinks into a versioned folder.</summary>
    private static string? FromPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(HasServerPrograms)
            .Select(directory => Resolve(Path.Combine(directory, "initdb"))?.DirectoryName)
            .FirstOrDefault(HasServerPrograms);

    private static bool HasServerPrograms(string? directory) =>
        directory is not null
        && Resolve(Path.Combine(directory, "initdb")) is not null
        && Resolve(Path.Combine(directory, "pg_ctl")) is not null;

    /// <summary>The file itself or, for a symlink, its final target; null when either is missing (File.Exists is true for a dangling link).</summary>
    private static FileInfo? Resolve(string path)
    {
        var file = new FileInfo(path);
        var target = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        return target is { Exists: true } ? target : null;
    }

    private static double? ParseMajor(string name) =>
        double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : null;
}
