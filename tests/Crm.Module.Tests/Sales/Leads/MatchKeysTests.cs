using Crm.Module.Sales.Leads;

namespace Crm.Module.Tests.Sales.Leads;

[TestClass]
public sealed class MatchKeysTests
{
    [TestMethod]
    [DataRow("  Info@Mueller-GmbH.DE ", "info@mueller-gmbh.de")]
    [DataRow("INFO@BÄCKEREI-MÜLLER.de", "info@xn--bckerei-mller-bfb28a.de")]
    [DataRow("info@xn--bckerei-mller-bfb28a.de", "info@xn--bckerei-mller-bfb28a.de")]
    [DataRow("ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "info@example.com")]
    public void An_email_ignores_case_blanks_and_the_spelling_of_its_domain(string email, string key) =>
        Assert.AreEqual(key, MatchKeys.Email(email));

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("no-at-sign")]
    [DataRow("@example.com")]
    [DataRow("name@")]
    public void Something_that_is_no_address_has_no_email_key(string? email) =>
        Assert.IsNull(MatchKeys.Email(email));

    [TestMethod]
    public void The_unicode_form_of_an_email_key_is_what_an_erp_may_have_stored() =>
        Assert.AreEqual("info@bäckerei-müller.de", MatchKeys.UnicodeEmail("info@xn--bckerei-mller-bfb28a.de"));

    [TestMethod]
    [DataRow("+49 30 1234567", "DE")]
    [DataRow("+49 30 1234567", null)]
    [DataRow("0049-30-1234567", null)]
    [DataRow("0049 (30) 1234567", "KR")]
    [DataRow("030 1234567", "DE")]
    [DataRow("030/123 45 67", "de")]
    [DataRow("+49 (0)30 1234567", null)]
    [DataRow("+49 030 1234567", null)]
    [DataRow("+49.30.123.45.67", null)]
    [DataRow("＋４９ ３０ １２３４５６７", null)]
    public void German_numbers_in_every_notation_give_one_key(string phone, string? country) =>
        Assert.AreEqual("49301234567", MatchKeys.Phone(phone, country));

    [TestMethod]
    [DataRow("+82 10-1234-5678", null)]
    [DataRow("010-1234-5678", "KR")]
    [DataRow("0082 10 1234 5678", "DE")]
    [DataRow("+82 (0)10 1234 5678", null)]
    public void Korean_mobile_numbers_in_every_notation_give_one_key(string phone, string? country) =>
        Assert.AreEqual("821012345678", MatchKeys.Phone(phone, country));

    [TestMethod]
    public void Other_countries_use_their_own_codes_and_trunk_prefixes()
    {
        Assert.AreEqual("12125551234", MatchKeys.Phone("(212) 555-1234", "US"));
        Assert.AreEqual("12125551234", MatchKeys.Phone("1-212-555-1234", "US"));
        Assert.AreEqual("12125551234", MatchKeys.Phone("+1 212 555 1234", "GB"));
        Assert.AreEqual("442079460000", MatchKeys.Phone("020 7946 0000", "GB"));
        Assert.AreEqual("442079460000", MatchKeys.Phone("+44 (0)20 7946 0000", null));
        Assert.AreEqual("39061234567", MatchKeys.Phone("06 1234567", "IT"), "Italy keeps its leading 0");
        Assert.AreEqual("39061234567", MatchKeys.Phone("+39 06 1234567", null), "and it is not dropped after +39");
    }

    [TestMethod]
    public void The_same_national_number_in_two_countries_gives_two_keys() =>
        Assert.AreNotEqual(MatchKeys.Phone("030 1234567", "DE"), MatchKeys.Phone("030 1234567", "AT"));

    [TestMethod]
    public void A_national_number_without_a_known_country_stays_as_its_digits() =>
        Assert.AreEqual("0301234567", MatchKeys.Phone("030 1234567", null));

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("12345")]
    [DataRow("call me")]
    [DataRow("+49 123456789012345678901")]
    public void Too_few_or_too_many_digits_are_no_phone_key(string? phone) =>
        Assert.IsNull(MatchKeys.Phone(phone, "DE"));

    [TestMethod]
    [DataRow("Müller GmbH")]
    [DataRow("MÜLLER GMBH")]
    [DataRow("  müller   gmbh. ")]
    [DataRow("Müller GmbH & Co. KG")]
    [DataRow("Müller AG")]
    [DataRow("Müller KG")]
    [DataRow("Müller e.K.")]
    [DataRow("Müller UG (haftungsbeschränkt)")]
    [DataRow("Müller")]
    [DataRow("ＭÜＬＬＥＲ ＧｍｂＨ")]
    public void German_legal_forms_case_and_punctuation_do_not_matter(string name) =>
        Assert.AreEqual("müller", MatchKeys.Company(name));

    [TestMethod]
    [DataRow("Hanbit Trading Ltd.")]
    [DataRow("HANBIT TRADING LIMITED")]
    [DataRow("Hanbit Trading, Inc.")]
    [DataRow("Hanbit-Trading LLC")]
    [DataRow("Hanbit Trading Corp.")]
    [DataRow("Hanbit Trading Co., Ltd.")]
    [DataRow("Hanbit Trading PLC")]
    [DataRow("Hanbit Trading S.A.")]
    [DataRow("Hanbit Trading SARL")]
    [DataRow("Hanbit Trading B.V.")]
    [DataRow("Hanbit Trading Co.")]
    public void English_and_european_legal_forms_do_not_matter(string name) =>
        Assert.AreEqual("hanbittrading", MatchKeys.Company(name));

    [TestMethod]
    [DataRow("주식회사 한빛상사")]
    [DataRow("주식회사한빛상사")]
    [DataRow("한빛상사 주식회사")]
    [DataRow("한빛상사주식회사")]
    [DataRow("(주)한빛상사")]
    [DataRow("(주) 한빛상사")]
    [DataRow("한빛상사(주)")]
    [DataRow("㈜한빛상사")]
    [DataRow("유한회사 한빛상사")]
    [DataRow("한빛 상사")]
    [DataRow("한빛상사")]
    public void Korean_legal_forms_before_or_after_the_name_do_not_matter(string name) =>
        Assert.AreEqual("한빛상사", MatchKeys.Company(name));

    [TestMethod]
    public void Different_companies_keep_different_keys()
    {
        Assert.AreNotEqual(MatchKeys.Company("Müller GmbH"), MatchKeys.Company("Müller & Söhne KG"));
        Assert.AreNotEqual(MatchKeys.Company("한빛상사"), MatchKeys.Company("한빛제과"));
        Assert.AreEqual(MatchKeys.Company("Weiss GmbH"), MatchKeys.Company("Weiß GmbH"), "ß folds to ss");
    }

    [TestMethod]
    public void A_legal_form_alone_is_kept_rather_than_leaving_nothing()
    {
        Assert.AreEqual("gmbh", MatchKeys.Company("GmbH"));
        Assert.AreEqual("ag", MatchKeys.Company("A.G."));
        Assert.IsNull(MatchKeys.Company("(주)"), "one syllable is too short to compare");
        Assert.IsNull(MatchKeys.Company("  "));
    }

    [TestMethod]
    public void The_search_word_is_the_longest_word_without_legal_forms()
    {
        Assert.AreEqual("gastronomie", MatchKeys.CompanySearchWord("Bauer Gastronomie GmbH"));
        Assert.AreEqual("한빛상사", MatchKeys.CompanySearchWord("㈜한빛상사"));
        Assert.IsNull(MatchKeys.CompanySearchWord(null));
    }
}
