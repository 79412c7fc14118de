using Crm.Abstractions.Inquiries;

namespace Crm.Module.Inquiries;

/// <summary>
/// The allowed status moves. New → In progress → Waiting on customer → Resolved → Closed; work may
/// skip steps forward (a quick answer resolves a new inquiry), and Resolved or Closed reopen to
/// In progress. Nothing moves to New again.
/// </summary>
internal static class InquiryLifecycle
{
    private static readonly Dictionary<InquiryStatus, InquiryStatus[]> Allowed = new()
    {
        [InquiryStatus.New] = [InquiryStatus.InProgress, InquiryStatus.WaitingOnCustomer, InquiryStatus.Resolved],
        [InquiryStatus.InProgress] = [InquiryStatus.WaitingOnCustomer, InquiryStatus.Resolved],
        [InquiryStatus.WaitingOnCustomer] = [InquiryStatus.InProgress, InquiryStatus.Resolved],
        [InquiryStatus.Resolved] = [InquiryStatus.Closed, InquiryStatus.InProgress],
        [InquiryStatus.Closed] = [InquiryStatus.InProgress],
    };

    public static IReadOnlyList<InquiryStatus> OpenStatuses { get; } = [InquiryStatus.New, InquiryStatus.InProgress, InquiryStatus.WaitingOnCustomer];

    public static bool IsOpen(InquiryStatus status) => OpenStatuses.Contains(status);

    public static bool CanMove(InquiryStatus from, InquiryStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<InquiryStatus> NextFrom(InquiryStatus from) => Allowed[from];

    /// <summary>True for the moves that only the assignee, the team's manager or an Admin may make.</summary>
    public static bool NeedsCloser(InquiryStatus from, InquiryStatus to) =>
        to == InquiryStatus.Closed || from == InquiryStatus.Closed;
}
