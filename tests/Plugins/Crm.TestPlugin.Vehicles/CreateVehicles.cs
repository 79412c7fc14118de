using FluentMigrator;

namespace Crm.TestPlugin.Vehicles;

/// <summary>The plugin's own table, with its prefix.</summary>
[Migration(1)]
public sealed class CreateVehicles : Migration
{
    public override void Up()
    {
        Create.Table("veh_vehicles")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_veh_vehicles").Identity()
            .WithColumn("vin").AsString(17).NotNullable()
            .WithColumn("imported_at").AsDateTime2().NotNullable();
        Create.Index("ix_veh_vehicles_vin").OnTable("veh_vehicles").OnColumn("vin").Ascending();
    }

    public override void Down() => Delete.Table("veh_vehicles");
}
