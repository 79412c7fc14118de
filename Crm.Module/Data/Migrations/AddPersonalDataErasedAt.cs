using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>erased_at</c> on leads and inquiries: when their personal data was erased (on request or by a
/// retention rule); NULL while it is held. Retention rules pick only rows where it is NULL, so a
/// record once erased is not picked again, and the export shows it.
/// </summary>
[Migration(2026_11_24_0045, "crm_leads.erased_at, crm_inquiries.erased_at")]
[Tags(CrmVersionTable.Tag)]
public sealed class AddPersonalDataErasedAt : Migration
{
    public override void Up()
    {
        Alter.Table("crm_leads").AddColumn("erased_at").AsDateTime2().Nullable();
        Alter.Table("crm_inquiries").AddColumn("erased_at").AsDateTime2().Nullable();
    }

    public override void Down()
    {
        Delete.Column("erased_at").FromTable("crm_inquiries");
        Delete.Column("erased_at").FromTable("crm_leads");
    }
}
