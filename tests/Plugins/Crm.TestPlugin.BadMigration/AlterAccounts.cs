using FluentMigrator;

namespace Crm.TestPlugin.BadMigration;

/// <summary>Adds a column to the add-on's own table: refused.</summary>
[Migration(2)]
public sealed class AlterAccounts : Migration
{
    public override void Up() =>
        Alter.Table("crm_accounts").AddColumn("bad_flag").AsBoolean().Nullable();

    public override void Down() => Delete.Column("bad_flag").FromTable("crm_accounts");
}
