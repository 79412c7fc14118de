namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>How long after becoming aware a report must be filed.</summary>
/// <remarks>
/// EU MDR Art. 87(3) gives 15 days for a serious incident; shorter limits apply to a serious public
/// health threat (2 days) or a death (10 days), which the complaint's fields cannot tell apart. The
/// deadline is therefore the general one, and the reminder rule warns days before it (its parameter
/// <c>reminderDays</c>).
/// </remarks>
internal static class ReportingDeadline
{
    public static readonly TimeSpan AfterAwareness = TimeSpan.FromDays(15);
}
