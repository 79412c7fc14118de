using Crm.ScreenRenderer.Shell;

namespace Crm.ScreenRenderer.Tests.Shell;

/// <summary>Routes of screen definitions are filled with encoded values; empty filters drop out.</summary>
[TestClass]
public sealed class RouteTemplateTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["key"] = "C 100/3",
        ["from"] = "2026-01-01",
        ["search"] = "Müller & Söhne",
    };

    [TestMethod]
    [DataRow("/api/crm/accounts/{key}/orders", "/api/crm/accounts/C%20100%2F3/orders")]
    [DataRow("/api/crm/inquiries?view=Open", "/api/crm/inquiries?view=Open")]
    [DataRow("/api/crm/accounts?search={search}", "/api/crm/accounts?search=M%C3%BCller%20%26%20S%C3%B6hne")]
    [DataRow("/api/erp/invoices?from={from}&to={to}&view=all", "/api/erp/invoices?from=2026-01-01&view=all")]
    [DataRow("/api/erp/invoices?to={to}", "/api/erp/invoices")]
    public void Placeholders_take_encoded_values_and_empty_parameters_are_dropped(string template, string expected) =>
        Assert.AreEqual(expected, RouteTemplate.Fill(template, name => Values.GetValueOrDefault(name)));

    [TestMethod]
    public void Paging_is_appended_after_the_route_own_query()
    {
        var route = RouteTemplate.Fill("/api/crm/inquiries?view=Open", _ => null, [KeyValuePair.Create("page", "2"), KeyValuePair.Create("pageSize", string.Empty)]);
        Assert.AreEqual("/api/crm/inquiries?view=Open&page=2", route);
    }

    [TestMethod]
    public void A_route_knows_whether_it_needs_a_key()
    {
        Assert.IsTrue(RouteTemplate.HasPlaceholder("/api/erp/customers/{key}", "key"));
        Assert.IsFalse(RouteTemplate.HasPlaceholder("/api/erp/customers?search={search}", "key"));
        Assert.IsFalse(RouteTemplate.HasPlaceholder(null, "key"));
    }
}
