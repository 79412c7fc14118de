using System.Globalization;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace Company.CrmPlugin;

/// <summary>
/// Runs before a new inquiry is committed. A service request without a serial number is refused
/// (veto), because the service team cannot act on it; a serial number typed in lower case or with
/// spaces is stored upper-cased and trimmed (enrich), so one device is always found under one value.
/// </summary>
/// <remarks>
/// This runs inside the add-on's database transaction: keep it quick and local. Throwing does not
/// refuse the change (the add-on logs it and goes on); refusing is <see cref="CrmChangeContext.Veto"/>.
/// </remarks>
public sealed class ServiceRequestCheck : ICrmBeforeHandler<InquiryLogged>
{
    public Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.Inquiry.Category != PluginInquiryCategories.ServiceRequest)
        {
            return Task.CompletedTask;
        }

        context.Fields.TryGetValue(PluginFields.SerialNumber, out var serialNumber);
        if (string.IsNullOrWhiteSpace(serialNumber))
        {
            // The user's UI culture is current here, so the message arrives in their language.
            var message = PluginLabels.Resources.GetString("company.crmplugin.serial-number-required", CultureInfo.CurrentUICulture)!;
            context.Veto(message, "customFields." + PluginFields.SerialNumber);
            return Task.CompletedTask;
        }

        var normalized = serialNumber.Trim().ToUpperInvariant();
        if (normalized != serialNumber)
        {
            context.SetField(PluginFields.SerialNumber, normalized);
        }

        return Task.CompletedTask;
    }
}
