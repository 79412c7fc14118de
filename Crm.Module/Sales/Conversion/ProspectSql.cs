using Crm.Module.Data.Dialects;

namespace Crm.Module.Sales.Conversion;

/// <summary>The SQL of prospects and of linking them to ERP customers.</summary>
internal sealed class ProspectSql(ISqlDialect dialect)
{
    public string Insert { get; } = dialect.InsertReturningId(
        "crm_prospects",
        "lead_id, company, contact_name, email, phone, postal_code, city, country, currency, created_at, created_by, updated_at, updated_by, version",
        "@LeadId, @Company, @ContactName, @Email, @Phone, @PostalCode, @City, @Country, @Currency, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy, @Version",
        "id");

    public static string ById => $"SELECT {ProspectRow.Columns} FROM crm_prospects WHERE id = @id";

    public static string LeadOwner => "SELECT owner_user_name FROM crm_leads WHERE id = @id";

    /// <summary>Records the ERP's reference of a pending customer request.</summary>
    public static string Pending =>
        """
        UPDATE crm_prospects SET erp_request_reference = @reference, updated_at = @now, updated_by = @by, version = version + 1
        WHERE id = @id AND version = @version
        """;

    public static string Link =>
        """
        UPDATE crm_prospects SET account_key = @accountKey, linked_at = @now, updated_at = @now, updated_by = @by, version = version + 1
        WHERE id = @id AND version = @version AND account_key IS NULL
        """;

    public static string OpportunitiesToLink => "SELECT id FROM crm_opportunities WHERE prospect_id = @id AND account_key IS NULL ORDER BY id";

    // Each opportunity's version moves on, so an editor holding the old version re-reads it.
    public static string LinkOpportunities =>
        """
        UPDATE crm_opportunities SET account_key = @accountKey, updated_at = @now, updated_by = @by, version = version + 1
        WHERE prospect_id = @id AND account_key IS NULL
        """;

    public static string LinkLead =>
        "UPDATE crm_leads SET account_key = @accountKey, updated_at = @now, updated_by = @by, version = version + 1 WHERE id = @leadId AND account_key IS NULL";
}
