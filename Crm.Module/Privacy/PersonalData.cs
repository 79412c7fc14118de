namespace Crm.Module.Privacy;

/// <summary>
/// Every place the add-on keeps personal data about a contact or a lead, and what erasure does
/// there. A new personal column goes into its table's list here: erasure overwrites it and scrubs
/// its old values from the outbox, and <see cref="PersonalDataExport"/> should show it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>crm_leads</c>: contact name (→ "Erased lead 12"), company, e-mail, phone, postal code,
/// city, notes, reason of disqualification, and the match keys derived from them (→ NULL).</item>
/// <item><c>crm_lead_history</c>: the text of each step (→ NULL).</item>
/// <item><c>crm_prospects</c> made from a lead: company (→ "Erased prospect 7"), contact name,
/// e-mail, phone, postal code, city (→ NULL).</item>
/// <item><c>crm_inquiries</c>: subject (→ "Erased inquiry INQ-…"), contact name, body, resolution note (→ NULL).</item>
/// <item><c>crm_inquiry_timeline</c>: comments and status notes (→ NULL).</item>
/// <item><c>crm_activities</c> about an erased lead or inquiry: subject (→ "Erased activity 3"), notes, outcome (→ NULL).</item>
/// <item><c>crm_custom_field_values</c> of those records: text values, and values of fields no
/// longer defined (could be anything), are deleted; numbers, dates and choices are kept.</item>
/// <item><c>crm_outbox</c>: delivered rows are kept, so every row about an erased record (delivered
/// or not) has the record's old personal values replaced by null in its payload.</item>
/// <item><c>crm_audit_log</c>, <c>crm_audit_states</c>: redacted by the audit log itself when it
/// handles <see cref="Crm.Abstractions.Privacy.PersonalDataErased"/>.</item>
/// </list>
/// Kept everywhere: ids, numbers, statuses, sources, categories, channels, priorities, teams,
/// owners and assignees (employees, not the subject), amounts, stages, dates, the ERP account key,
/// the country. Opportunities hold no contact data and are not touched. ERP tables never are.
/// </remarks>
internal static class PersonalData
{
    public static readonly PersonalTable Leads = new(
        "crm_leads", "id", "contact_name", "Erased lead {0}",
        ["company", "email", "phone", "postal_code", "city", "notes", "disqualified_reason", "email_key", "phone_key", "company_key"],
        IsRecord: true,
        HasErasedAt: true);

    public static readonly PersonalTable LeadHistory = new("crm_lead_history", "lead_id", null, null, ["text"], IsRecord: false);

    public static readonly PersonalTable Prospects = new(
        "crm_prospects", "id", "company", "Erased prospect {0}", ["contact_name", "email", "phone", "postal_code", "city"], IsRecord: true);

    public static readonly PersonalTable Inquiries = new(
        "crm_inquiries", "id", "subject", "Erased inquiry {0}", ["contact_name", "body", "resolution_note"], IsRecord: true, HasErasedAt: true);

    public static readonly PersonalTable InquiryTimeline = new("crm_inquiry_timeline", "inquiry_id", null, null, ["text"], IsRecord: false);

    public static readonly PersonalTable Activities = new(
        "crm_activities", "id", "subject", "Erased activity {0}", ["notes", "outcome"], IsRecord: true);
}

/// <summary>
/// One table's personal columns. Table and column names are constants of this class, never input.
/// </summary>
/// <param name="KeyColumn">The column naming the record the rows belong to (its own id, or its parent's).</param>
/// <param name="PlaceholderColumn">A column that may not be empty and gets <paramref name="PlaceholderFormat"/> (with the record's label) instead.</param>
/// <param name="NulledColumns">Columns set to NULL.</param>
/// <param name="IsRecord">Whether the table is the record itself (with version, updated_at and updated_by), not a list of its entries.</param>
/// <param name="HasErasedAt">Whether the table records when its rows were erased (<c>erased_at</c>), for retention rules and the export.</param>
internal sealed record PersonalTable(
    string Table, string KeyColumn, string? PlaceholderColumn, string? PlaceholderFormat, IReadOnlyList<string> NulledColumns, bool IsRecord, bool HasErasedAt = false)
{
    /// <summary>Every personal column, the placeholder's first.</summary>
    public IEnumerable<string> Columns => PlaceholderColumn is null ? NulledColumns : [PlaceholderColumn, .. NulledColumns];
}
