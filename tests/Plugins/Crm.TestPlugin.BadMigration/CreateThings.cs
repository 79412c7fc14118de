using FluentMigrator;

namespace Crm.TestPlugin.BadMigration;

/// <summary>A prefixed table: fine on its own, but the plugin's next migration gets the whole plugin refused, so this never runs either.</summary>
[Migration(1)]
public sealed class CreateThings : Migration
{
    public override void Up() =>
        Create.Table("bad_things").WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_bad_things");

    public override void Down() => Delete.Table("bad_things");
}
