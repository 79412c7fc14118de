using Crm.Testing.Databases;

namespace ErpCrm.MedicalDevices.Tests.Infrastructure;

/// <summary>
/// Turns Crm.Testing's "not available here" into MSTest's verdict: inconclusive (reported as
/// skipped), or failed when the run demands the engine (see <see cref="TestEnvironmentPolicy"/>).
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
