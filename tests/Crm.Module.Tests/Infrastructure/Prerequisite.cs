using Crm.Testing.Databases;

namespace Crm.Module.Tests.Infrastructure;

/// <summary>
/// Turns Crm.Testing's "not available here" into MSTest's verdict. Crm.Testing cannot reference
/// the test framework, so the decision travels in the exception (<see cref="TestEnvironmentPolicy"/>
/// made it) and this only translates it: inconclusive (reported as skipped), or failed when required.
/// </summary>
internal static class Prerequisite
{
    public static async Task<T> OrSkipAsync<T>(Task<T> setup)
    {
        try
        {
            return await setup;
        }
        catch (TestEnvironmentUnavailableException e) when (e.IsRequired)
        {
            throw new AssertFailedException(e.Message, e);
        }
        catch (TestEnvironmentUnavailableException e)
        {
            throw new AssertInconclusiveException(e.Message, e);
        }
    }
}
