namespace Crm.Module.Privacy;

/// <summary>The CRM records that hold personal data about one subject, by kind.</summary>
/// <param name="LeadIds">The leads, with those merged into them (the same person's earlier entries).</param>
/// <param name="ProspectIds">Prospects made from those leads or naming the contact.</param>
/// <param name="Inquiries">Inquiries naming the contact.</param>
/// <param name="ActivityIds">Activities about those leads or inquiries.</param>
internal sealed record PersonalRecords(
    IReadOnlyList<long> LeadIds, IReadOnlyList<long> ProspectIds, IReadOnlyList<InquiryKey> Inquiries, IReadOnlyList<long> ActivityIds)
{
    public int Count => LeadIds.Count + ProspectIds.Count + Inquiries.Count + ActivityIds.Count;
}

/// <summary>An inquiry's id (its rows' key) and number (how people and events name it).</summary>
internal sealed record InquiryKey(long Id, string Number);
