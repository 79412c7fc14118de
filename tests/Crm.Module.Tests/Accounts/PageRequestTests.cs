using Crm.Abstractions.Common;

namespace Crm.Module.Tests.Accounts;

[TestClass]
public sealed class PageRequestTests
{
    [TestMethod]
    public void Missing_values_take_the_defaults()
    {
        Assert.AreEqual(new PageRequest(1, PageRequest.DefaultPageSize), PageRequest.Parse(null, " "));
    }

    [TestMethod]
    [DataRow("0", "5", "page")]
    [DataRow("abc", "5", "page")]
    [DataRow("-1", "5", "page")]
    [DataRow("1", "0", "pageSize")]
    [DataRow("1", "201", "pageSize")]
    [DataRow("1", "99999999999999999999", "pageSize")]
    public void Bad_paging_names_the_parameter(string page, string pageSize, string field)
    {
        var e = Assert.ThrowsExactly<CrmValidationException>(() => PageRequest.Parse(page, pageSize));
        Assert.IsTrue(e.Errors.ContainsKey(field), string.Join(",", e.Errors.Keys));
    }

    [TestMethod]
    public void The_offset_does_not_overflow_on_the_last_possible_page()
    {
        Assert.AreEqual((long)(int.MaxValue - 1) * 200, new PageRequest(int.MaxValue, 200).Offset);
    }

    [TestMethod]
    [DataRow(0, 20, "page")]
    [DataRow(1, 0, "pageSize")]
    [DataRow(1, 201, "pageSize")]
    public void A_page_out_of_range_cannot_be_constructed(int page, int pageSize, string field)
    {
        var e = Assert.ThrowsExactly<CrmValidationException>(() => new PageRequest(page, pageSize));
        Assert.IsTrue(e.Errors.ContainsKey(field));
    }
}
