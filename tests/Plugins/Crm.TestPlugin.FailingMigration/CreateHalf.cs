using FluentMigrator;

namespace Crm.TestPlugin.FailingMigration;

/// <summary>Creates a table, then inserts into one that does not exist: fails, and its table is rolled back with it.</summary>
[Migration(2)]
public sealed class CreateHalf : Migration
{
    public override void Up()
    {
        Create.Table("fail_half").WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_fail_half");
        Insert.IntoTable("fail_missing").Row(new { id = 1 });
    }

    public override void Down() => Delete.Table("fail_half");
}
