using System.Resources;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using ErpCrm.Automotive.Register;

namespace ErpCrm.Automotive.Inquiries;

/// <summary>
/// Before an inquiry is logged: a recall or warranty claim without the car's VIN is refused (the
/// workshop cannot check a recall campaign or a warranty without it), naming the VIN field; an
/// inquiry with a VIN the register knows gets the car's model filled in.
/// </summary>
internal sealed class VehicleInquiryCheck(VehicleDetails details) : ICrmBeforeHandler<InquiryLogged>
{
    private static readonly ResourceManager Messages = new("ErpCrm.Automotive.Messages", typeof(VehicleInquiryCheck).Assembly);

    public async Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (WorkshopInquiryCategories.NeedVin.Contains(change.Inquiry.Category) && !context.Fields.ContainsKey(AutomotiveCodes.Vin))
        {
            // The caller's language: the add-on runs before handlers in the caller's scope.
            context.Veto(Messages.GetString("VinRequired", System.Globalization.CultureInfo.CurrentUICulture)!, AutomotiveCodes.ApiName(AutomotiveCodes.Vin));
            return;
        }

        await details.FillInAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
