namespace Crm.Module.Privacy;

/// <summary>
/// What the export shows of each kind of row: the personal columns of <see cref="PersonalData"/>
/// and the context a person needs to understand them (status, dates, who worked on it).
/// </summary>
internal static class ExportColumns
{
    public static readonly ExportColumn[] Lead =
    [
        new("id", "leadId", ExportValue.Number), new("company", "company"), new("contact_name", "contactName"), new("email", "email"),
        new("phone", "phone"), new("country", "country"), new("postal_code", "postalCode"), new("city", "city"), new("source", "source"),
        new("status", "status"), new("disqualified_reason", "disqualifiedReason"), new("owner_user_name", "owner"), new("notes", "notes"),
        new("account_key", "erpCustomerKey"), new("merged_into_id", "mergedIntoLeadId", ExportValue.Number),
        new("created_at", "createdAt", ExportValue.Timestamp), new("created_by", "createdBy"),
        new("updated_at", "updatedAt", ExportValue.Timestamp), new("erased_at", "erasedAt", ExportValue.Timestamp),
    ];

    public static readonly ExportColumn[] LeadHistory =
    [
        new("at", "at", ExportValue.Timestamp), new("by_user", "by"), new("kind", "step"), new("text", "text"),
    ];

    public static readonly ExportColumn[] Prospect =
    [
        new("id", "prospectId", ExportValue.Number), new("lead_id", "leadId", ExportValue.Number), new("company", "company"),
        new("contact_name", "contactName"), new("email", "email"), new("phone", "phone"), new("postal_code", "postalCode"),
        new("city", "city"), new("country", "country"), new("account_key", "erpCustomerKey"),
        new("created_at", "createdAt", ExportValue.Timestamp), new("updated_at", "updatedAt", ExportValue.Timestamp),
    ];

    public static readonly ExportColumn[] Inquiry =
    [
        new("number", "inquiryNumber"), new("account_key", "erpCustomerKey"), new("subject", "subject"), new("body", "text"),
        new("channel", "channel"), new("contact_name", "contactName"), new("category", "category"), new("status", "status"),
        new("assignee", "assignee"), new("resolution_note", "resolutionNote"),
        new("created_at", "createdAt", ExportValue.Timestamp), new("created_by", "createdBy"),
        new("updated_at", "updatedAt", ExportValue.Timestamp), new("erased_at", "erasedAt", ExportValue.Timestamp),
    ];

    public static readonly ExportColumn[] InquiryTimeline =
    [
        new("at", "at", ExportValue.Timestamp), new("by_user", "by"), new("kind", "entry"), new("from_status", "fromStatus"),
        new("to_status", "toStatus"), new("text", "text"),
    ];

    public static readonly ExportColumn[] Activity =
    [
        new("id", "activityId", ExportValue.Number), new("type", "type"), new("subject", "subject"), new("notes", "notes"),
        new("outcome", "outcome"), new("lead_id", "leadId", ExportValue.Number), new("inquiry_number", "inquiryNumber"),
        new("account_key", "erpCustomerKey"), new("due_at", "dueAt", ExportValue.Timestamp), new("status", "status"),
        new("assignee", "assignee"), new("created_at", "createdAt", ExportValue.Timestamp), new("created_by", "createdBy"),
    ];

    /// <summary>The select list of <paramref name="columns"/>.</summary>
    public static string Select(IEnumerable<ExportColumn> columns) => string.Join(", ", columns.Select(c => c.Column));
}
