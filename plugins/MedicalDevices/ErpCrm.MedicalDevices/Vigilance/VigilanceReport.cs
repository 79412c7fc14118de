namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>A row of <c>med_vigilance_reports</c>.</summary>
/// <param name="InquiryNumber">The inquiry (complaint) the report is about.</param>
/// <param name="AccountKey">The customer, when known.</param>
/// <param name="Assignee">Who works the complaint, when known.</param>
/// <param name="Status">The report's state: <c>required</c>, <c>filed</c> or <c>not-required</c>.</param>
/// <param name="AwareAt">When we became aware that it may have to be reported; the deadline counts from here.</param>
/// <param name="DeadlineAt">When the report must be filed at the latest.</param>
/// <param name="FiledAt">When it was marked filed.</param>
/// <param name="OverdueAt">When it was first found past its deadline without being filed.</param>
internal sealed record VigilanceReport(
    string InquiryNumber,
    string? AccountKey,
    string? Assignee,
    string Status,
    DateTimeOffset AwareAt,
    DateTimeOffset DeadlineAt,
    DateTimeOffset? FiledAt,
    DateTimeOffset? OverdueAt);
