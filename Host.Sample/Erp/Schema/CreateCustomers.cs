using FluentMigrator;

namespace Host.Sample.Erp.Schema;

[Migration(1, "erp_customers")]
public sealed class CreateCustomers : AutoReversingMigration
{
    public override void Up()
    {
        // AsString (not AsAnsiString): SQL Server needs nvarchar for the Hangul and German names.
        Create.Table("erp_customers")
            .WithColumn("customer_no").AsString(20).NotNullable().PrimaryKey("pk_erp_customers")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("email").AsString(200).Nullable()
            .WithColumn("phone").AsString(50).Nullable()
            .WithColumn("street").AsString(200).Nullable()
            .WithColumn("postal_code").AsString(20).Nullable()
            .WithColumn("city").AsString(100).Nullable()
            .WithColumn("country").AsString(2).Nullable()
            .WithColumn("currency").AsString(3).NotNullable()
            .WithColumn("created_on").AsDate().NotNullable();

        Create.Index("ix_erp_customers_name").OnTable("erp_customers").OnColumn("name").Ascending();
    }
}
