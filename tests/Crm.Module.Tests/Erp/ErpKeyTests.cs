using Crm.Module.Erp.Mapping;

namespace Crm.Module.Tests.Erp;

[TestClass]
public sealed class ErpKeyTests
{
    [TestMethod]
    public void Fixed_length_keys_travel_as_fixed_length_parameters_and_are_trimmed_for_people()
    {
        var key = new ErpKey(ErpKeyType.FixedText, 5);
        Assert.AreEqual(new ErpKeyParameter("AB", System.Data.DbType.StringFixedLength, 5), key.ToParameter("AB "));
        Assert.AreEqual("AB", key.Canonical("AB "));
        Assert.IsNull(key.ToParameter("ABCDEF"));
        Assert.AreEqual("AB", ErpKey.FromDatabase("AB   "));
    }

    [TestMethod]
    public void Number_keys_accept_numbers_only()
    {
        var key = new ErpKey(ErpKeyType.Number, 0);
        Assert.AreEqual(new ErpKeyParameter(10248L, null, null), key.ToParameter("10248"));
        Assert.IsNull(key.ToParameter("ALFKI"));
        Assert.IsNull(key.ToParameter("1e3"));
        Assert.AreEqual("10248", ErpKey.FromDatabase(10248L));
        Assert.AreEqual("10248", key.Canonical("+10248"));
    }
}
