using Crm.Testing.Databases;

namespace Crm.Module.Tests.Infrastructure;

[TestClass]
public static class AssemblyHooks
{
    /// <summary>Stops the PostgreSQL server the test classes shared, so no server outlives the run.</summary>
    [AssemblyCleanup]
    public static Task StopSharedPostgresAsync() => PostgresServer.StopSharedAsync();
}
