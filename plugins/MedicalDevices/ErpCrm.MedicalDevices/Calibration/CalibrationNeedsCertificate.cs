using Crm.Abstractions.Activities;
using Crm.Abstractions.Extensibility;
using ErpCrm.MedicalDevices.Activities;

namespace ErpCrm.MedicalDevices.Calibration;

/// <summary>
/// A calibration is done only with its certificate number recorded: refuses completing a
/// <c>med.calibration</c> activity without <see cref="CalibrationFields.CertificateNumber"/>.
/// </summary>
internal sealed class CalibrationNeedsCertificate : ICrmBeforeHandler<ActivityCompleted>
{
    public Task BeforeAsync(ActivityCompleted change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var certified = context.Fields.TryGetValue(CalibrationFields.CertificateNumber, out var certificate) && !string.IsNullOrWhiteSpace(certificate);
        if (change.Activity.Type == MedicalActivityTypes.Calibration && !certified)
        {
            context.Veto(Messages.CalibrationNeedsCertificate, "customFields." + CalibrationFields.CertificateNumber);
        }

        return Task.CompletedTask;
    }
}
