using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>crm_account_segments</c>: per ERP account (key as text), its RFM scores and tier, typical
/// reorder interval and expected next order, and profitability, as of the last computation. The
/// whole table is replaced in one transaction per computation; <c>generation</c> tells computations
/// apart. Money is NUMERIC, read back through the dialect's money expression (REAL on SQLite).
/// </summary>
[Migration(2026_11_24_0009, "crm_account_segments")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateAccountSegments : Migration
{
    public override void Up()
    {
        Create.Table("crm_account_segments")
            .WithColumn("account_key").AsString(100).NotNullable().PrimaryKey("pk_crm_account_segments")
            .WithColumn("last_order").AsDate().NotNullable()
            .WithColumn("recency_days").AsInt32().NotNullable()
            .WithColumn("frequency").AsInt32().NotNullable()
            .WithColumn("monetary").AsDecimal(19, 4).NotNullable()
            .WithColumn("currency").AsString(10).Nullable()
            .WithColumn("recency_score").AsInt32().NotNullable()
            .WithColumn("frequency_score").AsInt32().NotNullable()
            .WithColumn("monetary_score").AsInt32().NotNullable()
            .WithColumn("tier").AsString(20).NotNullable().Indexed("ix_crm_account_segments_tier")
            .WithColumn("typical_interval_days").AsDouble().Nullable()
            .WithColumn("expected_next_order").AsDate().Nullable().Indexed("ix_crm_account_segments_next_order")
            .WithColumn("profit_revenue").AsDecimal(19, 4).Nullable()
            .WithColumn("profit_cost").AsDecimal(19, 4).Nullable()
            .WithColumn("computed_at").AsDateTime2().NotNullable()
            .WithColumn("generation").AsInt64().NotNullable();
    }

    public override void Down() => Delete.Table("crm_account_segments");
}
