using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>crm_leads</c> with normalized match keys (indexed, for duplicate detection) and the columns
/// conversion fills; <c>crm_lead_history</c>, which keeps a merged lead's steps findable through
/// the lead it was merged into.
/// </summary>
[Migration(2026_11_24_0007, "crm_leads, crm_lead_history")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateLeads : Migration
{
    public override void Up()
    {
        Create.Table("crm_leads")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_leads").Identity()
            .WithColumn("company").AsString(200).Nullable()
            .WithColumn("contact_name").AsString(200).Nullable()
            .WithColumn("email").AsString(254).Nullable()
            .WithColumn("phone").AsString(50).Nullable()
            .WithColumn("country").AsString(2).Nullable()
            .WithColumn("postal_code").AsString(20).Nullable()
            .WithColumn("city").AsString(100).Nullable()
            .WithColumn("source").AsString(30).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("disqualified_reason").AsString(500).Nullable()
            .WithColumn("owner_user_name").AsString(100).Nullable()
            .WithColumn("notes").AsString(4000).Nullable()
            .WithColumn("email_key").AsString(254).Nullable()
            .WithColumn("phone_key").AsString(30).Nullable()
            .WithColumn("company_key").AsString(200).Nullable()
            .WithColumn("account_key").AsString(100).Nullable()
            .WithColumn("merged_into_id").AsInt64().Nullable().ForeignKey("fk_crm_leads_merged_into", "crm_leads", "id")
            .WithColumn("converted_opportunity_id").AsInt64().Nullable()
            .WithColumn("converted_at").AsDateTime2().Nullable()
            .WithColumn("created_at").AsDateTime2().NotNullable()
            .WithColumn("created_by").AsString(100).NotNullable()
            .WithColumn("updated_at").AsDateTime2().NotNullable()
            .WithColumn("updated_by").AsString(100).NotNullable()
            .WithColumn("version").AsInt32().NotNullable();

        Create.Index("ix_crm_leads_email_key").OnTable("crm_leads").OnColumn("email_key").Ascending();
        Create.Index("ix_crm_leads_phone_key").OnTable("crm_leads").OnColumn("phone_key").Ascending();
        Create.Index("ix_crm_leads_company_key").OnTable("crm_leads").OnColumn("company_key").Ascending();
        Create.Index("ix_crm_leads_owner").OnTable("crm_leads").OnColumn("owner_user_name").Ascending().OnColumn("status").Ascending();
        Create.Index("ix_crm_leads_merged_into").OnTable("crm_leads").OnColumn("merged_into_id").Ascending();
        Create.Index("ix_crm_leads_account").OnTable("crm_leads").OnColumn("account_key").Ascending();

        Create.Table("crm_lead_history")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_lead_history").Identity()
            .WithColumn("lead_id").AsInt64().NotNullable().ForeignKey("fk_crm_lead_history_lead", "crm_leads", "id")
            .WithColumn("at").AsDateTime2().NotNullable()
            .WithColumn("by_user").AsString(100).NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("text").AsString(4000).Nullable();
        Create.Index("ix_crm_lead_history_lead").OnTable("crm_lead_history").OnColumn("lead_id").Ascending().OnColumn("id").Ascending();
    }

    public override void Down()
    {
        Delete.Table("crm_lead_history");
        Delete.Table("crm_leads");
    }
}
