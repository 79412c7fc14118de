using FluentMigrator;

namespace ErpCrm.Automotive.Register;

/// <summary>
/// The vehicle register <c>auto_vehicles</c>: every car the dealer sold, by VIN, with who has it now.
/// The add-on runs this at start in the ERP database, beside its own <c>crm_</c> tables.
/// </summary>
[Migration(2026112401, "auto_vehicles")]
public sealed class CreateVehicleRegister : AutoReversingMigration
{
    /// <inheritdoc/>
    public override void Up()
    {
        Create.Table("auto_vehicles")
            .WithColumn("vin").AsString(17).NotNullable().PrimaryKey("pk_auto_vehicles")
            .WithColumn("account_key").AsString(50).Nullable()
            .WithColumn("model").AsString(100).Nullable()
            .WithColumn("fuel").AsString(30).Nullable()
            .WithColumn("first_registration").AsDate().Nullable()
            .WithColumn("sold_on").AsDate().NotNullable()
            .WithColumn("order_key").AsString(50).Nullable()
            .WithColumn("opportunity_number").AsString(30).Nullable()
            .WithColumn("source").AsString(20).NotNullable();

        // "Which cars does this customer have" is the register's everyday question.
        Create.Index("ix_auto_vehicles_account").OnTable("auto_vehicles").OnColumn("account_key").Ascending();
    }
}
