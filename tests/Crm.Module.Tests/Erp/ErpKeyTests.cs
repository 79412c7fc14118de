using Crm.Module.Erp.Mapping;

namespace Crm.Module.Tests.Erp;

[TestClass]
public sealed class ErpKeyTests
{
    [TestMethod]
    public void Fixed_length_keys_are_padded_for_the_index_and_trimmed_for_people()
    {
        var key = new ErpKey(ErpKeyType.FixedText, 5);
        Assert.AreEqual("AB   ", key.ToParameter("AB"));
        Assert.IsNull(key.ToParameter("ABCDEF"));
        Assert.AreEqual("AB", ErpKey.FromDatabase("AB   "));
    }

    [TestMethod]
    public void Number_keys_accept_numbers_only()
    {
        var key = new ErpKey(ErpKeyType.Number, 0);
        Assert.AreEqual(10248L, key.ToParameter("10248"));
        Assert.IsNull(key.ToParameter("ALFKI"));
        Assert.IsNull(key.ToParameter("1e3"));
        Assert.AreEqual("10248", ErpKey.FromDatabase(10248L));
    }
}
