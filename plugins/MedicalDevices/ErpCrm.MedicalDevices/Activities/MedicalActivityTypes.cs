using Crm.Abstractions.Activities;

namespace ErpCrm.MedicalDevices.Activities;

/// <summary>
/// The activity types of a medical-devices wholesaler: calibrating a device at the customer's,
/// telling customers about a manufacturer's field safety notice, and filing a vigilance report.
/// </summary>
/// <remarks>
/// A calibration suggests the next calibration but does not plan it by itself: the calibration
/// rule proposes it when it comes due, from the ERP's sales, so that it is never planned twice.
/// </remarks>
internal sealed class MedicalActivityTypes : IActivityTypeSource
{
    public const string Calibration = "med.calibration";
    public const string FieldSafetyNotice = "med.field-safety-notice";
    public const string VigilanceReport = "med.vigilance-report";

    public IEnumerable<ActivityType> Types { get; } =
    [
        new(Calibration, "Device calibration", SuggestedNext: [Calibration, "call"]),
        new(FieldSafetyNotice, "Field safety notice to customer", SuggestedNext: ["call", "task"]),
        new(VigilanceReport, "Vigilance report to the authority", SuggestedNext: ["task"]),
    ];
}
