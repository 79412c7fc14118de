using Crm.Abstractions.Common;
using Crm.Module.Accounts;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Tests.Accounts;

[TestClass]
public sealed class AccountSearchTermsTests
{
    [TestMethod]
    public void Like_wildcards_typed_by_the_user_are_escaped()
    {
        var terms = AccountSearchTerms.Parse("50%_off\\", ErpKeyType.Text);
        Assert.AreEqual("%50\\%\\_off\\\\%", terms.Contains);
        Assert.AreEqual("50\\%\\_off\\\\%", terms.KeyPrefix);
    }

    [TestMethod]
    public void A_phone_number_in_national_format_matches_digits_after_the_country_prefix()
    {
        var terms = AccountSearchTerms.Parse("030 / 123-45", ErpKeyType.Text);
        Assert.AreEqual("%3012345%", terms.PhoneDigits);
    }

    [TestMethod]
    public void Numeric_keys_are_matched_exactly_not_by_prefix()
    {
        var terms = AccountSearchTerms.Parse("4711", ErpKeyType.Number);
        Assert.IsNull(terms.KeyPrefix);
        Assert.AreEqual(4711L, terms.KeyNumber);
    }

    [TestMethod]
    public void Too_long_or_control_characters_name_the_search_field()
    {
        var e = Assert.ThrowsExactly<CrmValidationException>(() => AccountSearchTerms.Parse(new string('x', 101), ErpKeyType.Text));
        Assert.IsTrue(e.Errors.ContainsKey("search"));
        e = Assert.ThrowsExactly<CrmValidationException>(() => AccountSearchTerms.Parse("a\u0000b", ErpKeyType.Text));
        Assert.IsTrue(e.Errors.ContainsKey("search"));
    }

    [TestMethod]
    public void An_empty_search_lists_everything()
    {
        var terms = AccountSearchTerms.Parse("   ", ErpKeyType.Text);
        Assert.IsNull(terms.Contains);
        Assert.IsNull(terms.KeyPrefix);
    }
}
