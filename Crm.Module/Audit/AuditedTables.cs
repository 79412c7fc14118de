using System.Globalization;
using Crm.Module.CustomFields;

namespace Crm.Module.Audit;

/// <summary>
/// What the audit log compares for each kind of record: the record's own row (an explicit column
/// list: the version, <c>updated_at</c> and <c>updated_by</c> are left out, since the entry itself
/// says who and when, and so are derived columns such as normalized match keys and SLA due times)
/// plus its custom field values as <c>customFields.&lt;code&gt;</c>.
/// </summary>
internal static class AuditedTables
{
    private static readonly AuditColumn[] LeadColumns =
    [
        new("company"), new("contact_name"), new("email"), new("phone"), new("country"), new("postal_code"), new("city"),
        new("source"), new("status"), new("disqualified_reason"), new("owner_user_name"), new("notes"), new("account_key"),
        new("merged_into_id", AuditValueKind.Number), new("converted_opportunity_id", AuditValueKind.Number),
        new("converted_at", AuditValueKind.Time), new("created_at", AuditValueKind.Time), new("created_by"),
    ];

    private static readonly AuditColumn[] OpportunityColumns =
    [
        new("number"), new("name"), new("account_key"), new("prospect_id", AuditValueKind.Number), new("lead_id", AuditValueKind.Number),
        new("pipeline"), new("stage"), new("probability", AuditValueKind.Number), new("amount", AuditValueKind.Number), new("currency"),
        new("expected_close_date", AuditValueKind.Date), new("reference"), new("owner"), new("status"), new("lost_reason"), new("lost_note"),
        new("won_at", AuditValueKind.Time), new("lost_at", AuditValueKind.Time), new("matched_order_key"),
        new("matched_at", AuditValueKind.Time), new("match_method"), new("created_at", AuditValueKind.Time), new("created_by"),
    ];

    private static readonly AuditColumn[] InquiryColumns =
    [
        new("account_key"), new("subject"), new("body"), new("channel"), new("contact_name"), new("order_key"), new("invoice_key"),
        new("category"), new("priority"), new("status"), new("team"), new("assignee"), new("due_date", AuditValueKind.Date),
        new("fr_met_at", AuditValueKind.Time), new("res_met_at", AuditValueKind.Time), new("resolution_note"),
        new("created_at", AuditValueKind.Time), new("created_by"),
    ];

    private static readonly AuditColumn[] ActivityColumns =
    [
        new("type"), new("subject"), new("notes"), new("account_key"), new("inquiry_number"), new("lead_id", AuditValueKind.Number),
        new("opportunity_id", AuditValueKind.Number), new("due_at", AuditValueKind.Time), new("duration_minutes", AuditValueKind.Number),
        new("reminder_at", AuditValueKind.Time), new("assignee"), new("status"), new("outcome"), new("previous_id", AuditValueKind.Number),
        new("created_at", AuditValueKind.Time), new("created_by"), new("completed_at", AuditValueKind.Time),
    ];

    private static readonly AuditColumn[] AccountColumns = [new("owner_user_name")];

    private static readonly AuditColumn[] SalesTargetColumns = [new("amount", AuditValueKind.Number)];

    /// <summary>
    /// The statements that read the record's current fields (its row, then its custom fields), to run
    /// in one command with others; their parameters are named <c>@key</c>, <c>@id</c>, <c>@owner</c>,
    /// <c>@month</c>, <c>@currency</c> and <c>@entity</c>.
    /// </summary>
    public static RecordRead Read(AuditedRecord record)
    {
        var statements = new List<string>();
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        var query = Query(record);
        if (query is { } row)
        {
            statements.Add(row.Sql);
            foreach (var (name, value) in row.Parameters)
            {
                parameters[name] = value;
            }
        }

        var fieldEntity = record.FieldEntity;
        if (fieldEntity is { } entity)
        {
            statements.Add(CustomFieldSql.Values);
            parameters["entity"] = entity.ToString();
            parameters["key"] = record.Key;
        }

        return new RecordRead(statements, parameters, query?.Columns, fieldEntity is not null);
    }

    // A key that cannot name a row (not a number where the table's key is one) reads no row.
    private static (string Sql, Dictionary<string, object> Parameters, AuditColumn[] Columns)? Query(AuditedRecord record) => record.Entity switch
    {
        AuditedRecord.Lead => ById("crm_leads", LeadColumns, record.Key),
        AuditedRecord.Opportunity => ById("crm_opportunities", OpportunityColumns, record.Key),
        AuditedRecord.Activity => ById("crm_activities", ActivityColumns, record.Key),
        AuditedRecord.Inquiry => (Select("crm_inquiries", InquiryColumns, "number = @key"), new() { ["key"] = record.Key }, InquiryColumns),
        AuditedRecord.Account => (Select("crm_accounts", AccountColumns, "account_key = @key"), new() { ["key"] = record.Key }, AccountColumns),
        AuditedRecord.SalesTarget when AuditedRecord.SalesTargetOf(record.Key) is var (owner, month, currency) =>
            (Select("crm_sales_targets", SalesTargetColumns, "owner = @owner AND month = @month AND currency = @currency"), new() { ["owner"] = owner, ["month"] = month, ["currency"] = currency }, SalesTargetColumns),
        _ => null,
    };

    private static (string Sql, Dictionary<string, object> Parameters, AuditColumn[] Columns)? ById(string table, AuditColumn[] columns, string key) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (Select(table, columns, "id = @id"), new() { ["id"] = id }, columns) : null;

    private static string Select(string table, AuditColumn[] columns, string where) =>
        $"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM {table} WHERE {where}";
}
