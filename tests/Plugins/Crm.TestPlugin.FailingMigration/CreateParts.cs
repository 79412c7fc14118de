using FluentMigrator;

namespace Crm.TestPlugin.FailingMigration;

/// <summary>Works: stays applied when the next migration fails.</summary>
[Migration(1)]
public sealed class CreateParts : Migration
{
    public override void Up() =>
        Create.Table("fail_parts").WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_fail_parts");

    public override void Down() => Delete.Table("fail_parts");
}
