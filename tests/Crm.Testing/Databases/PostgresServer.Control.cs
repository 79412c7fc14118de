using System.Globalization;

namespace Crm.Testing.Databases;

public sealed partial class PostgresServer
{
    /// <summary>
    /// Stops the server, keeping its data, as an outage would: <c>fast</c> ends the sessions and
    /// rolls back what is in flight; <c>immediate</c> is a crash. For fault tests on a server of their
    /// own (<see cref="StartAsync"/>), never on <see cref="Shared"/>.
    /// </summary>
    public async Task StopAsync(string mode = "fast")
    {
        if (!await RunPgCtlStopAsync(binaries, RootDirectory, mode).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"PostgreSQL did not stop:{ReadLogTail(RootDirectory)}");
        }
    }

    /// <summary>Starts the stopped server again on the same port and data, and waits until it accepts connections.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var serverOptions = string.Create(
            CultureInfo.InvariantCulture,
            $"-p {Port} -k '{RootDirectory}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        var result = await ExternalProcess.RunAsync(
            binaries.Command("pg_ctl", "-D", DataDirectory, "-l", LogFile, "-o", serverOptions, "-w", "-t", "60", "start"),
            RootDirectory,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"PostgreSQL did not start again on port {Port}: {result.Output}{ReadLogTail(RootDirectory)}");
        }
    }
}
