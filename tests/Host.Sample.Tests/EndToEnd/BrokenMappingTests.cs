using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

[TestClass]
public sealed class BrokenMappingTests
{
    [TestMethod]
    [DataRow("Crm__Erp__Invoices__DueDate", "due_dat", "Crm:Erp:Invoices:DueDate")]
    [DataRow("Crm__Erp__Customers__Table", "erp_kunden", "Crm:Erp:Customers:Table")]
    [DataRow("Crm__Erp__Orders__Total", "sql:[total]; DROP TABLE erp_orders", "Crm:Erp:Orders:Total")]
    public async Task A_wrong_mapping_stops_start_up_with_a_message_naming_the_setting(string variable, string value, string setting)
    {
        await using var host = HostProcess.Start(new Dictionary<string, string> { [variable] = value });
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(90));
        Assert.AreNotEqual(0, exitCode, host.Output);
        StringAssert.Contains(host.Output, setting);
        Assert.DoesNotContain("Now listening on", host.Output);
    }
}
