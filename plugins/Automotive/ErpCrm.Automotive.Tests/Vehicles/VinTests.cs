using ErpCrm.Automotive.Vehicles;

namespace ErpCrm.Automotive.Tests.Vehicles;

[TestClass]
public sealed class VinTests
{
    [TestMethod]
    [DataRow("WVWZZZ1KZAW000123")]
    [DataRow("1HGCM82633A004352")]
    public void A_VIN_of_17_allowed_characters_is_valid(string vin) => Assert.IsTrue(Vin.IsValid(vin));

    [TestMethod]
    [DataRow("WVWZZZ1KZAW00012", "16 characters")]
    [DataRow("WVWZZZ1KZAW0001234", "18 characters")]
    [DataRow("WVWZZZ1KZAW00O123", "the letter O")]
    [DataRow("WVWZZZ1KZAW00I123", "the letter I")]
    [DataRow("QVWZZZ1KZAW000123", "the letter Q")]
    [DataRow("wvwzzz1kzaw000123", "lower case")]
    [DataRow("WVWZZZ1KZ-W000123", "a dash")]
    public void Anything_else_is_not(string text, string why) => Assert.IsFalse(Vin.IsValid(text), why);

    [TestMethod]
    public void The_VIN_in_an_order_lines_description_is_found_in_capitals()
    {
        Assert.AreEqual("WVWZZZ1KZAW000123", Vin.FindIn("VW Golf 1.5 TSI Life, VIN wvwzzz1kzaw000123, Moonstone grey"));
        Assert.AreEqual("WVWZZZ1KZAW000123", Vin.FindIn("WVWZZZ1KZAW000123"));
    }

    [TestMethod]
    [DataRow("Floor mats, article 12345678901234567")]
    [DataRow("VW Golf 1.5 TSI, VIN WVWZZZ1KZAW0001234")]
    [DataRow("Winter tyres ABCDEFGHJKLMNPRST set")]
    [DataRow("")]
    [DataRow(null)]
    public void A_description_without_a_VIN_has_none(string? description) => Assert.IsNull(Vin.FindIn(description));
}
