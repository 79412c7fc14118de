namespace Crm.Module.Privacy;

/// <summary>What an erasure erased: the records by kind (empty lists when the CRM held nothing about the subject).</summary>
internal sealed record ErasureReport(
    PersonalDataSubjectView Subject, DateTimeOffset ErasedAt, IReadOnlyList<long> LeadIds, IReadOnlyList<long> ProspectIds, IReadOnlyList<string> InquiryNumbers, IReadOnlyList<long> ActivityIds)
{
    public static ErasureReport Of(PersonalDataSubjectView subject, PersonalRecords records, DateTimeOffset erasedAt)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new(subject, erasedAt, records.LeadIds, records.ProspectIds, [.. records.Inquiries.Select(i => i.Number)], records.ActivityIds);
    }
}
