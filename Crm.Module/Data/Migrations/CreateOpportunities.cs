using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// Opportunities with their stage history and close-date history (cycle time per stage, slipped
/// deals), and <c>crm_opportunity_order_matches</c>, whose primary key lets each ERP order realize
/// at most one won opportunity on every engine (a unique index on a nullable column would allow only
/// one unmatched opportunity on SQL Server).
/// </summary>
[Migration(2026_11_24_0008, "crm_opportunities, crm_opportunity_stages, crm_opportunity_close_dates, crm_opportunity_order_matches")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateOpportunities : Migration
{
    public override void Up()
    {
        Create.Table("crm_opportunities")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_opportunities").Identity()
            .WithColumn("number").AsString(30).NotNullable().Unique("ux_crm_opportunities_number")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("account_key").AsString(100).Nullable()
            .WithColumn("prospect_id").AsInt64().Nullable()
            .WithColumn("lead_id").AsInt64().Nullable()
            .WithColumn("pipeline").AsString(50).NotNullable()
            .WithColumn("stage").AsString(50).NotNullable()
            .WithColumn("probability").AsInt32().NotNullable()
            .WithColumn("amount").AsDecimal(19, 4).NotNullable()
            .WithColumn("currency").AsString(3).NotNullable()
            .WithColumn("expected_close_date").AsDate().NotNullable()
            .WithColumn("reference").AsString(100).Nullable()
            .WithColumn("owner").AsString(100).NotNullable()
            .WithColumn("status").AsString(10).NotNullable()
            .WithColumn("lost_reason").AsString(50).Nullable()
            .WithColumn("lost_note").AsString(4000).Nullable()
            .WithColumn("won_at").AsDateTime2().Nullable()
            .WithColumn("lost_at").AsDateTime2().Nullable()
            .WithColumn("matched_order_key").AsString(100).Nullable()
            .WithColumn("matched_at").AsDateTime2().Nullable()
            .WithColumn("match_method").AsString(20).Nullable()
            .WithColumn("created_at").AsDateTime2().NotNullable()
            .WithColumn("created_by").AsString(100).NotNullable()
            .WithColumn("updated_at").AsDateTime2().NotNullable()
            .WithColumn("updated_by").AsString(100).NotNullable()
            .WithColumn("version").AsInt32().NotNullable();

        Create.Index("ix_crm_opportunities_account").OnTable("crm_opportunities").OnColumn("account_key").Ascending().OnColumn("status").Ascending();
        Create.Index("ix_crm_opportunities_owner").OnTable("crm_opportunities").OnColumn("owner").Ascending().OnColumn("status").Ascending();
        Create.Index("ix_crm_opportunities_board").OnTable("crm_opportunities").OnColumn("pipeline").Ascending().OnColumn("status").Ascending().OnColumn("stage").Ascending();
        Create.Index("ix_crm_opportunities_unmatched").OnTable("crm_opportunities").OnColumn("status").Ascending().OnColumn("matched_order_key").Ascending().OnColumn("id").Ascending();
        Create.Index("ix_crm_opportunities_lead").OnTable("crm_opportunities").OnColumn("lead_id").Ascending();
        Create.Index("ix_crm_opportunities_prospect").OnTable("crm_opportunities").OnColumn("prospect_id").Ascending();

        Create.Table("crm_opportunity_stages")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_opportunity_stages").Identity()
            .WithColumn("opportunity_id").AsInt64().NotNullable().ForeignKey("fk_crm_opportunity_stages_opportunity", "crm_opportunities", "id")
            .WithColumn("stage").AsString(50).NotNullable()
            .WithColumn("probability").AsInt32().NotNullable()
            .WithColumn("entered_at").AsDateTime2().NotNullable()
            .WithColumn("left_at").AsDateTime2().Nullable()
            .WithColumn("by_user").AsString(100).NotNullable();
        Create.Index("ix_crm_opportunity_stages_opportunity").OnTable("crm_opportunity_stages").OnColumn("opportunity_id").Ascending().OnColumn("id").Ascending();

        Create.Table("crm_opportunity_close_dates")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_opportunity_close_dates").Identity()
            .WithColumn("opportunity_id").AsInt64().NotNullable().ForeignKey("fk_crm_opportunity_close_dates_opportunity", "crm_opportunities", "id")
            .WithColumn("old_date").AsDate().NotNullable()
            .WithColumn("new_date").AsDate().NotNullable()
            .WithColumn("changed_at").AsDateTime2().NotNullable()
            .WithColumn("by_user").AsString(100).NotNullable();
        Create.Index("ix_crm_opportunity_close_dates_opportunity").OnTable("crm_opportunity_close_dates").OnColumn("opportunity_id").Ascending().OnColumn("id").Ascending();

        Create.Table("crm_opportunity_order_matches")
            .WithColumn("order_key").AsString(100).NotNullable().PrimaryKey("pk_crm_opportunity_order_matches")
            .WithColumn("opportunity_id").AsInt64().NotNullable().Unique("ux_crm_opportunity_order_matches_opportunity")
                .ForeignKey("fk_crm_opportunity_order_matches_opportunity", "crm_opportunities", "id")
            .WithColumn("method").AsString(20).NotNullable()
            .WithColumn("matched_at").AsDateTime2().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("crm_opportunity_order_matches");
        Delete.Table("crm_opportunity_close_dates");
        Delete.Table("crm_opportunity_stages");
        Delete.Table("crm_opportunities");
    }
}
