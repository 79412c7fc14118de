using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>crm_prospects</c>: a converted lead's company that is not (yet) an ERP customer. Its
/// opportunities point at it until the ERP customer exists; then <c>account_key</c> links it, and
/// its opportunities with it.
/// </summary>
[Migration(2026_11_24_0012, "crm_prospects")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateProspects : Migration
{
    public override void Up()
    {
        Create.Table("crm_prospects")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_prospects").Identity()
            .WithColumn("lead_id").AsInt64().Nullable()
            .WithColumn("company").AsString(200).NotNullable()
            .WithColumn("contact_name").AsString(200).Nullable()
            .WithColumn("email").AsString(254).Nullable()
            .WithColumn("phone").AsString(50).Nullable()
            .WithColumn("postal_code").AsString(20).Nullable()
            .WithColumn("city").AsString(100).Nullable()
            .WithColumn("country").AsString(2).Nullable()
            .WithColumn("currency").AsString(3).Nullable()
            .WithColumn("account_key").AsString(100).Nullable()
            .WithColumn("erp_request_reference").AsString(100).Nullable()
            .WithColumn("linked_at").AsDateTime2().Nullable()
            .WithColumn("created_at").AsDateTime2().NotNullable()
            .WithColumn("created_by").AsString(100).NotNullable()
            .WithColumn("updated_at").AsDateTime2().NotNullable()
            .WithColumn("updated_by").AsString(100).NotNullable()
            .WithColumn("version").AsInt32().NotNullable();

        Create.Index("ix_crm_prospects_lead").OnTable("crm_prospects").OnColumn("lead_id").Ascending();
        Create.Index("ix_crm_prospects_account").OnTable("crm_prospects").OnColumn("account_key").Ascending();
    }

    public override void Down() => Delete.Table("crm_prospects");
}
