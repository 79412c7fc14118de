using Crm.Abstractions.Erp;

namespace ErpCrm.MedicalDevices.Tests.EndToEnd;

[TestClass]
public sealed class MedicalDevicesOnSqliteTests : MedicalDevicesHostContract
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(DatabaseEngine.Sqlite, context);

    [ClassCleanup]
    public static Task StopAsync(TestContext context) => StopHostAsync(context);
}
