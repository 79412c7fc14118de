using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Tests.Erp;

[TestClass]
public sealed class ErpMappingLoaderTests
{
    private static ErpMappingOptions Load(params (string Key, string? Value)[] settings) =>
        ErpMappingLoader.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [TestMethod]
    public void A_profile_supplies_every_setting_and_explicit_settings_override_it()
    {
        var options = Load(("Crm:Erp:Profile", "SapBusinessOne"), ("Crm:Erp:Invoices:DueDate", "U_DueDate"));
        Assert.AreEqual("OCRD", options.Customers.Table);
        Assert.AreEqual("CardCode", options.Customers.Key);
        Assert.AreEqual(ErpKeyType.Number, options.Invoices.KeyType);
        Assert.AreEqual("U_DueDate", options.Invoices.DueDate);
        Assert.AreEqual("INV1", options.InvoiceLines.Table);
    }

    [TestMethod]
    public void An_empty_setting_removes_what_the_profile_set()
    {
        var options = Load(("Crm:Erp:Profile", "SapBusinessOne"), ("Crm:Erp:Orders:Total", ""));
        Assert.AreEqual(string.Empty, options.Orders.Total);
        var views = ErpViewBuilder.Build(options, new PostgresDialect());
        StringAssert.Contains(views.Orders, "SUM(\"LineTotal\")");
    }

    [TestMethod]
    public void An_unknown_profile_names_the_profile_setting()
    {
        var e = Assert.ThrowsExactly<ErpMappingException>(() => Load(("Crm:Erp:Profile", "Navision")));
        Assert.AreEqual("Crm:Erp:Profile", e.Setting);
        StringAssert.Contains(e.Message, "SapBusinessOne");
    }

    [TestMethod]
    public void A_key_type_that_is_not_known_names_the_section()
    {
        var e = Assert.ThrowsExactly<ErpMappingException>(() => Load(("Crm:Erp:Profile", "HostSample"), ("Crm:Erp:Customers:KeyType", "Guid")));
        StringAssert.Contains(e.Message, "Crm:Erp");
        StringAssert.Contains(e.Message, "KeyType");
    }

    [TestMethod]
    [DataRow("Crm:Erp:Customers:Table", "Crm:Erp:Customers:Table")]
    [DataRow("Crm:Erp:Customers:Name", "Crm:Erp:Customers:Name")]
    [DataRow("Crm:Erp:Invoices:DueDate", "Crm:Erp:Invoices:DueDate")]
    [DataRow("Crm:Erp:OrderLines:Table", "Crm:Erp:OrderLines:Table")]
    public void A_missing_required_setting_is_named(string emptied, string expectedSetting)
    {
        var options = Load(("Crm:Erp:Profile", "HostSample"), (emptied, ""));
        var e = Assert.ThrowsExactly<ErpMappingException>(() => ErpViewBuilder.Build(options, new SqliteDialect()));
        Assert.AreEqual(expectedSetting, e.Setting);
    }

    [TestMethod]
    public void A_key_must_be_a_column_not_an_expression()
    {
        var options = Load(("Crm:Erp:Profile", "HostSample"), ("Crm:Erp:Orders:Key", "sql:[order_no] + 0"));
        var e = Assert.ThrowsExactly<ErpMappingException>(() => ErpViewBuilder.Build(options, new SqliteDialect()));
        Assert.AreEqual("Crm:Erp:Orders:Key", e.Setting);
    }

    [TestMethod]
    public void A_fixed_length_key_needs_its_length()
    {
        var options = Load(("Crm:Erp:Profile", "HostSample"), ("Crm:Erp:Customers:KeyType", "FixedText"));
        var e = Assert.ThrowsExactly<ErpMappingException>(() => ErpViewBuilder.Build(options, new SqliteDialect()));
        Assert.AreEqual("Crm:Erp:Customers:KeyLength", e.Setting);
    }

    [TestMethod]
    public void Invoices_linked_through_lines_take_the_order_from_the_invoice_lines()
    {
        var views = ErpViewBuilder.Build(Load(("Crm:Erp:Profile", "SapBusinessOne")), new PostgresDialect());
        StringAssert.Contains(views.Invoices, "SELECT MIN((CASE WHEN \"BaseType\" = 17 THEN \"BaseEntry\" END)) FROM \"INV1\" WHERE \"DocEntry\" = \"OINV\".\"DocEntry\"");
    }

    [TestMethod]
    public void Without_a_stored_total_invoices_sum_their_lines()
    {
        var views = ErpViewBuilder.Build(Load(("Crm:Erp:Profile", "SapBusinessOne"), ("Crm:Erp:Invoices:Total", "")), new PostgresDialect());
        StringAssert.Contains(views.Invoices, "SELECT COALESCE(SUM(\"LineTotal\"), 0) FROM \"INV1\" WHERE \"DocEntry\" = \"OINV\".\"DocEntry\"");
    }

    [TestMethod]
    public void Without_a_stored_invoice_total_the_lines_are_required()
    {
        var options = Load(("Crm:Erp:Profile", "HostSample"), ("Crm:Erp:Invoices:Total", ""));
        var e = Assert.ThrowsExactly<ErpMappingException>(() => ErpViewBuilder.Build(options, new SqliteDialect()));
        Assert.AreEqual("Crm:Erp:InvoiceLines:Table", e.Setting);
    }
}
