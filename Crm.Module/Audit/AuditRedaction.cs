namespace Crm.Module.Audit;

/// <summary>
/// What an erasure leaves of audit values: the fields that say nothing about a person (statuses,
/// stages, amounts, dates, categories, keys, and the staff who worked the record) keep their
/// values, so the history of a pipeline or an SLA still adds up; every other value — names,
/// contact data, free text, custom fields, comments — becomes <see cref="Erased"/>. An allow-list
/// on purpose: a field added later is erased until someone decides it is not personal.
/// </summary>
internal static class AuditRedaction
{
    public const string Erased = "[erased]";

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "source", "status", "country", "ownerUserName", "accountKey", "mergedIntoId", "convertedOpportunityId", "convertedAt",
        "createdAt", "createdBy", "number", "prospectId", "leadId", "pipeline", "stage", "probability", "amount", "currency",
        "expectedCloseDate", "owner", "lostReason", "wonAt", "lostAt", "matchedOrderKey", "matchedAt", "matchMethod",
        "channel", "orderKey", "invoiceKey", "category", "priority", "team", "assignee", "dueDate", "frMetAt", "resMetAt",
        "type", "inquiryNumber", "opportunityId", "dueAt", "durationMinutes", "reminderAt", "previousId", "completedAt",
        "mergedLead", "erasure",
    };

    public static AuditChange Redact(AuditChange change) =>
        Kept.Contains(change.Field) ? change : change with { Old = Redact(change.Old), New = Redact(change.New) };

    public static Dictionary<string, string> Redact(IReadOnlyDictionary<string, string> state) =>
        state.ToDictionary(f => f.Key, f => Kept.Contains(f.Key) ? f.Value : Erased, StringComparer.Ordinal);

    private static string? Redact(string? value) => value is null ? null : Erased;
}
