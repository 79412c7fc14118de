using Crm.Abstractions.Inquiries;
using Crm.Module.Inquiries.ServiceTargets;

namespace Crm.Module.Inquiries;

/// <summary>
/// How status moves drive the two service targets: leaving New (or a first comment) meets the
/// first response; waiting on the customer pauses both; resolving meets the resolution; reopening
/// lets the resolution clock run again.
/// </summary>
internal sealed class InquiryTargets(BusinessClock clock, ServiceTargetCatalog catalog)
{
    public (TargetTrack FirstResponse, TargetTrack Resolution) Start(DateTimeOffset at, InquiryPriority priority, string category)
    {
        var target = catalog.For(priority, category);
        return (TargetTrack.Start(clock, at, target.FirstResponse, target.AtRiskShare), TargetTrack.Start(clock, at, target.Resolution, target.AtRiskShare));
    }

    public void Apply(InquiryRow row, InquiryStatus from, InquiryStatus to, DateTimeOffset at)
    {
        var firstResponse = TargetTrack.Read(row, InquiryTargetKind.FirstResponse);
        var resolution = TargetTrack.Read(row, InquiryTargetKind.Resolution);
        if (from == InquiryStatus.WaitingOnCustomer)
        {
            firstResponse = firstResponse.Resume(clock, at);
            resolution = resolution.Resume(clock, at);
        }

        if (from == InquiryStatus.New)
        {
            firstResponse = firstResponse.Meet(at);
        }

        resolution = to switch
        {
            InquiryStatus.WaitingOnCustomer => resolution.Pause(at),
            InquiryStatus.Resolved => resolution.Meet(at),
            InquiryStatus.InProgress when from is InquiryStatus.Resolved or InquiryStatus.Closed => resolution.Reopen(clock, at),
            _ => resolution,
        };
        firstResponse.WriteTo(row, InquiryTargetKind.FirstResponse);
        resolution.WriteTo(row, InquiryTargetKind.Resolution);
    }

    public static void MeetFirstResponse(InquiryRow row, DateTimeOffset at) =>
        TargetTrack.Read(row, InquiryTargetKind.FirstResponse).Meet(at).WriteTo(row, InquiryTargetKind.FirstResponse);
}
