using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>crm_accounts</c>: what the CRM knows about an ERP customer that the ERP does not — for now its
/// owner — keyed by the ERP's customer key as text. <c>version</c> carries optimistic concurrency.
/// </summary>
[Migration(2026_11_24_0001, "crm_accounts: account owner")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateAccounts : Migration
{
    public override void Up() =>
        Create.Table("crm_accounts")
            .WithColumn("account_key").AsString(100).NotNullable().PrimaryKey("pk_crm_accounts")
            .WithColumn("owner_user_name").AsString(100).Nullable().Indexed("ix_crm_accounts_owner")
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("updated_at").AsDateTime().NotNullable()
            .WithColumn("updated_by").AsString(100).NotNullable();

    public override void Down() => Delete.Table("crm_accounts");
}
