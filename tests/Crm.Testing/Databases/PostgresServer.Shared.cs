namespace Crm.Testing.Databases;

public sealed partial class PostgresServer
{
    private static readonly Lock SharedGate = new();
    private static Task<PostgresServer>? shared;
    private static bool stopAtExitRegistered;

    /// <summary>
    /// The server every test class of this process shares: started on first use (initdb and start
    /// take about a second; a database per test on one server costs a tenth of that) and stopped by
    /// <see cref="StopSharedAsync"/> from the assembly cleanup, or at process exit at the latest.
    /// Faults with <see cref="TestEnvironmentUnavailableException"/> when PostgreSQL is not installed.
    /// </summary>
    public static Task<PostgresServer> Shared
    {
        get
        {
            lock (SharedGate)
            {
                if (!stopAtExitRegistered)
                {
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => StopSharedAtExit();
                    stopAtExitRegistered = true;
                }

                // A failed start stays failed: retrying it for every test would only repeat the same error slowly.
                return shared ??= StartAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>Stops the shared server if one was started; a later <see cref="Shared"/> starts a new one.</summary>
    public static async Task StopSharedAsync()
    {
        Task<PostgresServer>? server;
        lock (SharedGate)
        {
            server = shared;
            shared = null;
        }

        if (server is null)
        {
            return;
        }

        // A start that failed has been reported by the tests that needed it; there is nothing to stop.
        await ((Task)server).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (server.IsCompletedSuccessfully)
        {
            await server.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The last chance to stop the server. An exception escaping a ProcessExit handler would crash
    /// the finished test run and change its exit code, so a failed clean-up is only reported.
    /// </summary>
    private static void StopSharedAtExit()
    {
        try
        {
            StopSharedAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
        {
            Console.Error.WriteLine($"Could not stop the shared PostgreSQL test server: {exception.Message}");
        }
    }
}
