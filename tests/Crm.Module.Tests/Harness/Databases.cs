using Crm.Abstractions.Erp;
using Crm.Testing.Databases;

namespace Crm.Module.Tests.Harness;

/// <summary>Test databases with the run's policy applied: skipped where missing, failed where required.</summary>
internal static class Databases
{
    public static async Task<TestDatabase> CreateOrSkipAsync(DatabaseEngine engine)
    {
        try
        {
            return await TestDatabases.CreateAsync(engine);
        }
        catch (TestEnvironmentUnavailableException e)
        {
            if (e.IsRequired)
            {
                Assert.Fail(e.Message);
            }

            Assert.Inconclusive(e.Message);
            throw;
        }
    }
}
