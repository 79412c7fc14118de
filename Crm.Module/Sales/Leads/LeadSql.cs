using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Sales.Leads;

/// <summary>The SQL of leads, composed once per dialect and ERP mapping.</summary>
internal sealed class LeadSql
{
    private const string InsertColumns =
        "company, contact_name, email, phone, country, postal_code, city, source, status, disqualified_reason, owner_user_name, notes, " +
        "email_key, phone_key, company_key, account_key, created_at, created_by, updated_at, updated_by, version";

    private const string InsertValues =
        "@Company, @ContactName, @Email, @Phone, @Country, @PostalCode, @City, @Source, @Status, @DisqualifiedReason, @Owner, @Notes, " +
        "@EmailKey, @PhoneKey, @CompanyKey, @AccountKey, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy, @Version";

    // The phone column with the usual separators removed, as account search strips them.
    private const string CustomerPhoneDigits =
        "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(c.phone, ' ', ''), '-', ''), '/', ''), '(', ''), ')', ''), '+', ''), '.', '')";

    private readonly ISqlDialect _dialect;
    private readonly ErpViews _views;

    public LeadSql(ErpViews views, ISqlDialect dialect)
    {
        _views = views;
        _dialect = dialect;
        Insert = dialect.InsertReturningId("crm_leads", InsertColumns, InsertValues, "id");
    }

    public string Insert { get; }

    public static string ById => $"SELECT {LeadRow.Columns} FROM crm_leads WHERE id = @id";

    /// <summary>Both leads of a merge, read in one statement.</summary>
    public string ByIds => $"SELECT {LeadRow.Columns} FROM crm_leads WHERE {_dialect.InList("id", "@ids")}";

    /// <summary>Writes every mutable column when the stored version is still the one read.</summary>
    public static string Update =>
        """
        UPDATE crm_leads SET company = @Company, contact_name = @ContactName, email = @Email, phone = @Phone, country = @Country,
            postal_code = @PostalCode, city = @City, source = @Source, status = @Status, disqualified_reason = @DisqualifiedReason,
            owner_user_name = @Owner, notes = @Notes, email_key = @EmailKey, phone_key = @PhoneKey, company_key = @CompanyKey,
            account_key = @AccountKey, merged_into_id = @MergedIntoId, converted_opportunity_id = @ConvertedOpportunityId,
            converted_at = @ConvertedAt, updated_at = @UpdatedAt, updated_by = @UpdatedBy, version = @Version
        WHERE id = @Id AND version = @ExpectedVersion
        """;

    /// <summary>Leads merged into the lead merged away now belong to the survivor, so one level of history lookup suffices.</summary>
    public static string RepointMerged => "UPDATE crm_leads SET merged_into_id = @survivor WHERE merged_into_id = @merged";

    public static string InsertHistory =>
        "INSERT INTO crm_lead_history (lead_id, at, by_user, kind, text) VALUES (@LeadId, @At, @By, @Kind, @Text)";

    public static string History =>
        """
        SELECT lead_id AS LeadId, at AS At, by_user AS ByUser, kind AS Kind, text AS Text FROM crm_lead_history
        WHERE lead_id = @id OR lead_id IN (SELECT id FROM crm_leads WHERE merged_into_id = @id)
        ORDER BY at, id
        """;

    /// <summary>Other live leads sharing a key; null keys match nothing.</summary>
    public static string LeadCandidates =>
        $"""
        SELECT {LeadRow.Columns} FROM crm_leads
        WHERE merged_into_id IS NULL AND (@exceptId IS NULL OR id <> @exceptId)
          AND (email_key = @emailKey OR phone_key = @phoneKey OR company_key = @companyKey)
        ORDER BY id
        """;

    /// <summary>Keys of every live lead, streamed once by the import.</summary>
    public static string AllLeadKeys =>
        "SELECT id AS Id, company AS Company, contact_name AS ContactName, owner_user_name AS Owner, email_key AS EmailKey, phone_key AS PhoneKey, company_key AS CompanyKey FROM crm_leads WHERE merged_into_id IS NULL";

    /// <summary>Every ERP customer with the fields compared, streamed once by the import.</summary>
    public string AllCustomers => $"SELECT c.account_key AS AccountKey, c.name AS Name, c.email AS Email, c.phone AS Phone, c.country AS Country FROM ({_views.Customers}) c";

    /// <summary>
    /// ERP customers that may match: the e-mail in either spelling of its domain, the phone's last
    /// digits, a word of the company name. A superset; the caller compares the normalized keys.
    /// Null when there is nothing to look for.
    /// </summary>
    public string? CustomerCandidates(bool email, bool phone, bool companyWord)
    {
        var conditions = new List<string>();
        if (email)
        {
            conditions.Add("(LOWER(c.email) = @emailAscii OR LOWER(c.email) = @emailUnicode)");
        }

        if (phone)
        {
            conditions.Add($"{CustomerPhoneDigits} LIKE @phoneTail");
        }

        if (companyWord)
        {
            conditions.Add(_dialect.LikeIgnoreCase("c.name", "@companyWord"));
        }

        if (conditions.Count == 0)
        {
            return null;
        }

        // Capped: e-mail and phone hits first, so a common name word cannot push them out.
        var rank = "CASE " + string.Concat(conditions.Select((c, i) => $"WHEN {c} THEN {i} ")) + $"ELSE {conditions.Count} END";
        return $"""
            SELECT c.account_key AS AccountKey, c.name AS Name, c.email AS Email, c.phone AS Phone, c.country AS Country
            FROM ({_views.Customers}) c WHERE {string.Join(" OR ", conditions)}
            ORDER BY {rank}, c.account_key {_dialect.Paging}
            """;
    }

    /// <summary>Count and page statements for a list; <paramref name="where"/> uses only parameters.</summary>
    public string Find(IReadOnlyList<string> where)
    {
        var filter = "WHERE " + string.Join(" AND ", where.Prepend("l.merged_into_id IS NULL"));
        return $"""
            SELECT COUNT(*) FROM crm_leads l {filter};
            SELECT {LeadRow.Columns} FROM crm_leads l {filter} ORDER BY l.created_at DESC, l.id DESC {_dialect.Paging};
            """;
    }

    public string InList(string expression, string parameter) => _dialect.InList(expression, parameter);

    public string LikeIgnoreCase(string expression, string parameter) => _dialect.LikeIgnoreCase(expression, parameter);
}
