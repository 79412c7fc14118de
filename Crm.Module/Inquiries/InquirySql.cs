using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Inquiries;

/// <summary>The SQL of inquiries, composed once per dialect and ERP mapping.</summary>
internal sealed class InquirySql
{
    private const string InsertColumns =
        "number, account_key, subject, body, channel, contact_name, order_key, invoice_key, category, priority, status, team, assignee, due_date, " +
        "fr_target_seconds, fr_due_at, fr_at_risk_at, fr_paused_at, fr_met_at, res_target_seconds, res_due_at, res_at_risk_at, res_paused_at, res_met_at, " +
        "resolution_note, created_at, created_by, updated_at, updated_by, version";

    private const string InsertValues =
        "@Number, @AccountKey, @Subject, @Body, @Channel, @ContactName, @OrderKey, @InvoiceKey, @Category, @Priority, @Status, @Team, @Assignee, @DueDate, " +
        "@FrTargetSeconds, @FrDueAt, @FrAtRiskAt, @FrPausedAt, @FrMetAt, @ResTargetSeconds, @ResDueAt, @ResAtRiskAt, @ResPausedAt, @ResMetAt, " +
        "@ResolutionNote, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy, @Version";

    // A target is breached when it fell due before it was met, paused or — while running — now;
    // at risk when it runs (neither met nor paused: waiting on the customer is nobody's task) and
    // its at-risk moment has passed, and no target is breached.
    private const string Breached =
        "(i.fr_due_at < COALESCE(i.fr_met_at, i.fr_paused_at, @now) OR i.res_due_at < COALESCE(i.res_met_at, i.res_paused_at, @now))";

    private const string AtRisk =
        "((i.fr_met_at IS NULL AND i.fr_paused_at IS NULL AND i.fr_at_risk_at <= @now) OR (i.res_met_at IS NULL AND i.res_paused_at IS NULL AND i.res_at_risk_at <= @now))";

    private readonly ISqlDialect _dialect;

    public InquirySql(ErpViews views, ISqlDialect dialect)
    {
        _dialect = dialect;
        Insert = dialect.InsertReturningId("crm_inquiries", InsertColumns, InsertValues, "id");
        AccountFacts = $"""
            SELECT (SELECT COUNT(*) FROM ({views.Customers}) c WHERE c.account_key = @accountKey) AS Found,
                (SELECT owner_user_name FROM crm_accounts WHERE account_key = @crmKey) AS Owner
            """;
        OrderAccount = $"SELECT o.account_key FROM ({views.Orders}) o WHERE o.order_key = @orderKey";
        InvoiceAccount = $"SELECT i.account_key FROM ({views.Invoices}) i WHERE i.invoice_key = @invoiceKey";
    }

    public string Insert { get; }

    /// <summary>The dialect the statements are written in, for statements composed elsewhere (counters).</summary>
    public ISqlDialect Dialect => _dialect;

    /// <summary>
    /// What logging needs to know of the account, in one statement: whether the ERP has the customer
    /// (<c>@accountKey</c>, typed for the ERP) and the CRM owner (<c>@crmKey</c>, canonical).
    /// </summary>
    public string AccountFacts { get; }

    /// <summary>The ERP account of an order, to check the order belongs to the inquiry's account.</summary>
    public string OrderAccount { get; }

    /// <summary>The ERP account of an invoice.</summary>
    public string InvoiceAccount { get; }

    public static string ByNumber => $"SELECT {InquiryRow.Columns} FROM crm_inquiries WHERE number = @number";

    public string OpenForSameOrder =>
        $"SELECT number FROM crm_inquiries WHERE account_key = @accountKey AND order_key = @orderKey AND {_dialect.InList("status", "@open")} ORDER BY id";

    /// <summary>Open inquiries per assignee of a team, for least-open-load routing.</summary>
    public string OpenLoadByAssignee =>
        $"SELECT assignee, COUNT(*) FROM crm_inquiries WHERE team = @team AND assignee IS NOT NULL AND {_dialect.InList("status", "@open")} GROUP BY assignee";

    public string InList(string expression, string parameter) => _dialect.InList(expression, parameter);

    public static string InsertTimeline =>
        """
        INSERT INTO crm_inquiry_timeline (inquiry_id, at, by_user, kind, from_status, to_status, team, assignee, text)
        VALUES (@InquiryId, @At, @By, @Kind, @FromStatus, @ToStatus, @Team, @Assignee, @Text)
        """;

    public static string Timeline =>
        """
        SELECT at AS At, by_user AS ByUser, kind AS Kind, from_status AS FromStatus, to_status AS ToStatus, team AS Team, assignee AS Assignee, text AS Text
        FROM crm_inquiry_timeline WHERE inquiry_id = @id ORDER BY id
        """;

    /// <summary>Writes every mutable column when the stored version is still the one read.</summary>
    public static string Update =>
        """
        UPDATE crm_inquiries SET status = @Status, team = @Team, assignee = @Assignee,
            fr_due_at = @FrDueAt, fr_at_risk_at = @FrAtRiskAt, fr_paused_at = @FrPausedAt, fr_met_at = @FrMetAt,
            res_due_at = @ResDueAt, res_at_risk_at = @ResAtRiskAt, res_paused_at = @ResPausedAt, res_met_at = @ResMetAt,
            resolution_note = @ResolutionNote, updated_at = @UpdatedAt, updated_by = @UpdatedBy, version = @Version
        WHERE id = @Id AND version = @ExpectedVersion
        """;

    /// <summary>Count and page statements for a list; <paramref name="where"/> uses only parameters.</summary>
    public string Find(IReadOnlyList<string> where, string orderBy)
    {
        var filter = where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where);
        return $"""
            SELECT COUNT(*) FROM crm_inquiries i {filter};
            SELECT {InquiryRow.Columns} FROM crm_inquiries i {filter} ORDER BY {orderBy} {_dialect.Paging};
            """;
    }

    public static string BreachedCondition => Breached;

    public static string AtRiskCondition => $"NOT {Breached} AND {AtRisk}";

    public string SearchCondition =>
        $"(i.number LIKE @searchNumber ESCAPE '\\' OR {_dialect.LikeIgnoreCase("i.subject", "@search")} OR {_dialect.LikeIgnoreCase("i.body", "@search")})";
}
