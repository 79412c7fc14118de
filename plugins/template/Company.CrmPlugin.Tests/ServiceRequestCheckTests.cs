using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace Company.CrmPlugin.Tests;

[TestClass]
public sealed class ServiceRequestCheckTests
{
    private const string SerialNumberField = "customFields." + PluginFields.SerialNumber;

    private static InquiryLogged Logged(string category)
    {
        var now = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);
        var target = new ServiceTargetState(now.AddHours(4), null, false, false, false);
        var inquiry = new Inquiry(
            "INQ-2026-000123", "C100", "Pump does not start", null, InquiryChannel.Phone, "Jane Roe", null, null,
            category, InquiryPriority.High, InquiryStatus.New, "service", null, null, target, target, null, now, "clerk", now, 1);
        return new InquiryLogged(inquiry) { EventId = Guid.NewGuid(), OccurredAt = now };
    }

    private static async Task<CrmChangeContext> CheckAsync(string category, Dictionary<string, string> fields)
    {
        // The same context the add-on creates for a change, so the test sees what the add-on would.
        var context = new CrmChangeContext(CustomFieldEntity.Inquiry, "INQ-2026-000123", "clerk", fields);
        await new ServiceRequestCheck().BeforeAsync(Logged(category), context, CancellationToken.None);
        return context;
    }

    [TestMethod]
    public async Task A_service_request_without_serial_number_is_vetoed_on_that_field()
    {
        var context = await CheckAsync(PluginInquiryCategories.ServiceRequest, []);

        Assert.IsTrue(context.IsVetoed);
        var messages = context.Vetoes[SerialNumberField];
        Assert.AreEqual("A service request needs the serial number of the device.", Assert.ContainsSingle(messages));
    }

    [TestMethod]
    public async Task The_veto_speaks_the_users_language()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var context = await CheckAsync(PluginInquiryCategories.ServiceRequest, []);

            Assert.AreEqual("Eine Serviceanfrage braucht die Seriennummer des Geräts.", Assert.ContainsSingle(context.Vetoes[SerialNumberField]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [TestMethod]
    public async Task A_serial_number_typed_loosely_is_stored_upper_case_and_trimmed()
    {
        var context = await CheckAsync(PluginInquiryCategories.ServiceRequest, new() { [PluginFields.SerialNumber] = " sn-4711 " });

        Assert.IsFalse(context.IsVetoed);
        Assert.AreEqual("SN-4711", context.Enriched[PluginFields.SerialNumber]);
        Assert.AreEqual("SN-4711", context.Fields[PluginFields.SerialNumber]);
    }

    [TestMethod]
    public async Task A_clean_serial_number_is_left_alone()
    {
        var context = await CheckAsync(PluginInquiryCategories.ServiceRequest, new() { [PluginFields.SerialNumber] = "SN-4711" });

        Assert.IsFalse(context.IsVetoed);
        Assert.IsEmpty(context.Enriched);
    }

    [TestMethod]
    public async Task Other_categories_pass_unchecked()
    {
        var context = await CheckAsync("delivery-status", []);

        Assert.IsFalse(context.IsVetoed);
        Assert.IsEmpty(context.Enriched);
    }
}
