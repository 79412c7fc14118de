using Crm.Abstractions.Activities;

namespace ErpCrm.Automotive.Service;

/// <summary>
/// The dealer's activities: the service appointment (done means the car was serviced; a satisfaction
/// call follows three days later by itself), that call, and the test drive (followed by a call two
/// days later, while the customer still remembers the car).
/// </summary>
internal sealed class WorkshopActivityTypes : IActivityTypeSource
{
    public IEnumerable<ActivityType> Types { get; } =
    [
        new(AutomotiveCodes.ServiceAppointment, "Service appointment", [AutomotiveCodes.SatisfactionCall, "call"], AutomotiveCodes.SatisfactionCall, TimeSpan.FromDays(3)),
        new(AutomotiveCodes.SatisfactionCall, "Satisfaction call after service", ["call", "task"]),
        new(AutomotiveCodes.TestDrive, "Test drive", ["call", "meeting"], "call", TimeSpan.FromDays(2)),
    ];
}
