using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Sales.Opportunities;

/// <summary>The SQL of opportunities, composed once per dialect and ERP mapping.</summary>
internal sealed class OpportunitySql
{
    private readonly ISqlDialect _dialect;

    public OpportunitySql(ISqlDialect dialect, ErpViews views)
    {
        _dialect = dialect;
        Select = $"SELECT {OpportunityRow.Columns}, {dialect.Money("o.amount")} AS Amount FROM crm_opportunities o";
        Insert = dialect.InsertReturningId(
            "crm_opportunities",
            "number, name, account_key, prospect_id, lead_id, pipeline, stage, probability, amount, currency, expected_close_date, reference, owner, status, " +
            "created_at, created_by, updated_at, updated_by, version",
            "@Number, @Name, @AccountKey, @ProspectId, @LeadId, @Pipeline, @Stage, @Probability, @Amount, @Currency, @ExpectedCloseDate, @Reference, @Owner, @Status, " +
            "@CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy, @Version",
            "id");

        // Orders of the account not yet realizing another opportunity, dated from @from to @to.
        // Keys are compared as text: the ERP's order key may be a number, the CRM stores text.
        OrderCandidates = $"""
            SELECT {dialect.AsText("e.order_key")} AS OrderKey, e.order_date AS OrderDate, e.currency AS Currency, e.total AS Total, e.reference AS Reference, e.status AS Status
            FROM ({views.Orders}) e
            WHERE e.account_key = @accountKey
              AND {dialect.DateOf("e.order_date")} >= {dialect.DateOf("@from")} AND {dialect.DateOf("e.order_date")} <= {dialect.DateOf("@to")}
              AND NOT EXISTS (SELECT 1 FROM crm_opportunity_order_matches m WHERE m.order_key = {dialect.AsText("e.order_key")})
            ORDER BY e.order_date, e.order_key
            """;
    }

    /// <summary>Every column of <c>crm_opportunities o</c>, money as one CLR type on every row.</summary>
    public string Select { get; }

    public string Insert { get; }

    public string OrderCandidates { get; }

    public string ById => Select + " WHERE o.id = @id";

    public string ByIds => Select + $" WHERE {_dialect.InList("o.id", "@ids")}";

    public string InList(string expression, string parameter) => _dialect.InList(expression, parameter);

    /// <summary>Other owners' open opportunities on an account, for the ownership warning.</summary>
    public static string OthersOpenOnAccount =>
        """
        SELECT id AS OpportunityId, number AS Number, name AS Name, owner AS Owner, stage AS StageCode
        FROM crm_opportunities WHERE account_key = @accountKey AND status = 'Open' AND owner <> @owner AND id <> @id
        ORDER BY id
        """;

    /// <summary>Writes every mutable column when the stored version is still the one read.</summary>
    public static string Update =>
        """
        UPDATE crm_opportunities SET name = @Name, stage = @Stage, probability = @Probability, amount = @Amount, currency = @Currency,
            expected_close_date = @ExpectedCloseDate, reference = @Reference, owner = @Owner, status = @Status,
            lost_reason = @LostReason, lost_note = @LostNote, won_at = @WonAt, lost_at = @LostAt,
            matched_order_key = @MatchedOrderKey, matched_at = @MatchedAt, match_method = @MatchMethod,
            updated_at = @UpdatedAt, updated_by = @UpdatedBy, version = @Version
        WHERE id = @Id AND version = @ExpectedVersion
        """;

    public static string OpenStage =>
        "INSERT INTO crm_opportunity_stages (opportunity_id, stage, probability, entered_at, left_at, by_user) VALUES (@id, @stage, @probability, @at, NULL, @by)";

    public static string CloseStage =>
        "UPDATE crm_opportunity_stages SET left_at = @at WHERE opportunity_id = @id AND left_at IS NULL";

    public static string AddCloseDateChange =>
        "INSERT INTO crm_opportunity_close_dates (opportunity_id, old_date, new_date, changed_at, by_user) VALUES (@id, @oldDate, @newDate, @at, @by)";

    public static string Stages =>
        "SELECT stage AS StageCode, probability AS Probability, entered_at AS EnteredAt, left_at AS LeftAt, by_user AS ByUser FROM crm_opportunity_stages WHERE opportunity_id = @id ORDER BY id";

    public static string CloseDates =>
        "SELECT old_date AS OldDate, new_date AS NewDate, changed_at AS ChangedAt, by_user AS ByUser FROM crm_opportunity_close_dates WHERE opportunity_id = @id ORDER BY id";

    public static string RemoveMatch => "DELETE FROM crm_opportunity_order_matches WHERE opportunity_id = @id";

    public static string AddMatch =>
        "INSERT INTO crm_opportunity_order_matches (order_key, opportunity_id, method, matched_at) VALUES (@orderKey, @id, @method, @at)";

    /// <summary>The next won, unmatched opportunities after <c>@afterId</c> that won since <c>@since</c>, for the matching job.</summary>
    public string Unmatched =>
        $"SELECT id FROM crm_opportunities WHERE status = 'Won' AND matched_order_key IS NULL AND account_key IS NOT NULL AND won_at >= @since AND id > @afterId ORDER BY id {_dialect.Paging}";

    /// <summary>Count and page statements of a list; <paramref name="where"/> holds only parameters.</summary>
    public string Find(IReadOnlyList<string> where)
    {
        var filter = where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where);
        return $"""
            SELECT COUNT(*) FROM crm_opportunities o {filter};
            {Select} {filter} ORDER BY o.expected_close_date, o.id {_dialect.Paging};
            """;
    }
}
