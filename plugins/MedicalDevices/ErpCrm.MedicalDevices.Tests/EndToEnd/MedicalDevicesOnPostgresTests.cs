using Crm.Abstractions.Erp;

namespace ErpCrm.MedicalDevices.Tests.EndToEnd;

[TestClass]
public sealed class MedicalDevicesOnPostgresTests : MedicalDevicesHostContract
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(DatabaseEngine.PostgreSql, context);

    [ClassCleanup]
    public static Task StopAsync(TestContext context) => StopHostAsync(context);
}
