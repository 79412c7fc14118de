using System.Globalization;
using System.Resources;
using Crm.Abstractions.Common;

namespace Crm.Module.Tests.Localization;

/// <summary>
/// The messages Crm.Abstractions itself puts into API answers (paging, role checks) are in German
/// and Korean too; partners' plugins get them through the same checks.
/// </summary>
[TestClass]
public sealed class ContractMessageTranslationTests
{
    private static readonly ResourceManager Resources = new("Crm.Abstractions.Common.ContractMessages", typeof(PageRequest).Assembly);

    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void Every_contract_message_is_translated_with_its_placeholders(string culture)
    {
        var english = TranslationCheck.TextsOf(Resources, CultureInfo.InvariantCulture);
        var translated = TranslationCheck.TextsOf(Resources, CultureInfo.GetCultureInfo(culture));

        Assert.HasCount(3, english);
        Assert.IsEmpty(TranslationCheck.Missing(english, translated));
        Assert.IsEmpty(TranslationCheck.Extra(english, translated));
        Assert.IsEmpty(TranslationCheck.PlaceholderMismatches(english, translated));
    }

    [TestMethod]
    public void A_page_out_of_range_is_refused_in_the_callers_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            var error = Assert.ThrowsExactly<CrmValidationException>(() => PageRequest.Parse("0", "500"));

            Assert.AreEqual("Muss eine ganze Zahl von 1 bis 2147483647 sein.", error.Errors["page"].Single());
            Assert.AreEqual("Muss eine ganze Zahl von 1 bis 200 sein.", error.Errors["pageSize"].Single());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
