using System.Globalization;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;
using Crm.Module.Events.BeforeChange;

namespace Crm.Module.Audit;

/// <summary>
/// The records one event changed, each with what the event itself says was added beside the
/// record's columns (a comment, a note, a merged lead), which no row comparison would show.
/// </summary>
internal sealed record AuditedChange(AuditedRecord Record, IReadOnlyList<AuditChange> Added)
{
    public static IReadOnlyList<AuditedChange> Of(CrmEvent change)
    {
        var records = new List<AuditedChange>();
        if (ChangedRecord.Of(change) is { } changed)
        {
            records.Add(new(AuditedRecord.Of(changed.Entity, changed.Key), AddedBy(change)));
        }

        // Records an event changes beside the one it names: the merged lead, the linked opportunities and lead.
        switch (change)
        {
            case LeadsMerged merged:
                records.Add(new(AuditedRecord.OfLead(merged.MergedId), []));
                break;
            case ProspectLinked linked:
                records.AddRange(linked.OpportunityIds.Select(id => new AuditedChange(AuditedRecord.OfOpportunity(id), [])));
                if (linked.Prospect.LeadId is { } lead)
                {
                    records.Add(new(AuditedRecord.OfLead(lead), []));
                }

                break;
        }

        return records;
    }

    private static IReadOnlyList<AuditChange> AddedBy(CrmEvent change) => change switch
    {
        InquiryCommented e => [new("comment", null, e.Text)],
        InquiryStatusChanged { Note: { } note } => [new("note", null, note)],
        LeadStatusChanged { Reason: { } reason } => [new("reason", null, reason)],
        LeadsMerged e => [new("mergedLead", null, e.MergedId.ToString(CultureInfo.InvariantCulture))],
        _ => [],
    };
}
