using System.Diagnostics;
using System.Globalization;
using Crm.Abstractions.Erp;
using Npgsql;

namespace Crm.Testing.Databases;

/// <summary>
/// A throw-away PostgreSQL server started from the installed binaries: its own data folder in the
/// temp directory, a random loopback port, trust authentication for the <c>postgres</c> superuser.
/// Disposing stops it and deletes the folder. Tests normally use the one <see cref="Shared"/> server.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    public const string Superuser = "postgres";

    private const string FolderPrefix = "crm-pg-";
    private const int StartAttempts = 3;

    private readonly PostgresBinaries binaries;
    private int disposed;

    private PostgresServer(PostgresBinaries binaries, string rootDirectory, int port, TimeSpan startupTime)
    {
        this.binaries = binaries;
        RootDirectory = rootDirectory;
        Port = port;
        StartupTime = startupTime;
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    /// <summary>The temp folder holding the data folder, the server log and the socket; deleted on dispose.</summary>
    public string RootDirectory { get; }

    public string DataDirectory => DataDirectoryOf(RootDirectory);

    public string LogFile => LogFileOf(RootDirectory);

    public string BinDirectory => binaries.BinDirectory;

    /// <summary>How long initdb plus start took.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>Connection string of the superuser to <paramref name="database"/>.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = Superuser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Initialises a new cluster and starts it; throws <see cref="TestEnvironmentUnavailableException"/> when there are no binaries.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var (binaries, reason) = await PostgresBinaries.FindAsync().ConfigureAwait(false);
        if (binaries is null)
        {
            throw TestEnvironmentPolicy.Unavailable(DatabaseEngine.PostgreSql, reason ?? "no PostgreSQL binaries.");
        }

        await SweepOrphansAsync(binaries).ConfigureAwait(false);

        var stopwatch = Stopwatch.StartNew();
        var root = Directory.CreateTempSubdirectory($"{FolderPrefix}{Environment.ProcessId}-").FullName;
        try
        {
            await InitializeClusterAsync(binaries, root, cancellationToken).ConfigureAwait(false);
            var port = await StartClusterAsync(binaries, root, cancellationToken).ConfigureAwait(false);
            return new PostgresServer(binaries, root, port, stopwatch.Elapsed);
        }
        catch
        {
            await StopAndDeleteAsync(binaries, root).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The reason PostgreSQL tests cannot run on this machine, or null when they can.</summary>
    public static async Task<string?> GetUnavailableReasonAsync()
    {
        var (_, reason) = await PostgresBinaries.FindAsync().ConfigureAwait(false);
        return reason;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await StopAndDeleteAsync(binaries, RootDirectory).ConfigureAwait(false);
        }
    }

    private static string DataDirectoryOf(string root) => Path.Combine(root, "data");

    private static string LogFileOf(string root) => Path.Combine(root, "server.log");

    private static async Task InitializeClusterAsync(PostgresBinaries binaries, string root, CancellationToken cancellationToken)
    {
        if (binaries.RunAsUser is not null)
        {
            await ExternalProcess.RunCheckedAsync(["chown", $"{binaries.RunAsUser}:", root], cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        // --no-sync: nothing here has to survive a crash, and syncing the fresh cluster costs seconds.
        await ExternalProcess.RunCheckedAsync(
            binaries.Command("initdb", "-D", DataDirectoryOf(root), "-U", Superuser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"),
            root,
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> StartClusterAsync(PostgresBinaries binaries, string root, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            // Another process can take the port between probing and binding it; a new port fixes that.
            var port = FreeTcpPort.Next();
            var serverOptions = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {port} -k '{root}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");

            // -l sends the server's output to a file: inherited pipes would keep our reader waiting until the server stops.
            var result = await ExternalProcess.RunAsync(
                binaries.Command("pg_ctl", "-D", DataDirectoryOf(root), "-l", LogFileOf(root), "-o", serverOptions, "-w", "-t", "60", "start"),
                root,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return port;
            }

            failures.Add($"attempt {attempt} on port {port}: {result.Output}{ReadLogTail(root)}");
            await RunPgCtlStopAsync(binaries, root, "immediate").ConfigureAwait(false);
        }

        throw new InvalidOperationException($"PostgreSQL did not start from {binaries.BinDirectory}:\n{string.Join('\n', failures)}");
    }

    private static async Task StopAndDeleteAsync(PostgresBinaries binaries, string root)
    {
        if (File.Exists(Path.Combine(DataDirectoryOf(root), "postmaster.pid"))
            && !await RunPgCtlStopAsync(binaries, root, "fast").ConfigureAwait(false))
        {
            await RunPgCtlStopAsync(binaries, root, "immediate").ConfigureAwait(false);
        }

        Directory.Delete(root, recursive: true);
    }

    private static async Task<bool> RunPgCtlStopAsync(PostgresBinaries binaries, string root, string mode)
    {
        var result = await ExternalProcess.RunAsync(
            binaries.Command("pg_ctl", "-D", DataDirectoryOf(root), "-m", mode, "-w", "-t", "30", "stop"),
            root).ConfigureAwait(false);
        return result.Succeeded;
    }

    /// <summary>
    /// Stops and deletes servers left behind by test processes that were killed before they could
    /// stop them (a cancelled run, a CI time-out), so they do not pile up on a developer's machine.
    /// </summary>
    private static async Task SweepOrphansAsync(PostgresBinaries binaries)
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(root)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var processId) || IsAlive(processId))
            {
                continue;
            }

            try
            {
                await StopAndDeleteAsync(binaries, root).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Someone else's folder, or one that is being deleted right now: not ours to insist on.
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string ReadLogTail(string root)
    {
        var log = LogFileOf(root);
        return File.Exists(log)
            ? "\nserver log:\n" + string.Join('\n', File.ReadLines(log).TakeLast(20))
            : string.Empty;
    }
}
