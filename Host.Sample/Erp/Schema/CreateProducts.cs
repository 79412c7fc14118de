using FluentMigrator;

namespace Host.Sample.Erp.Schema;

[Migration(2, "erp_products")]
public sealed class CreateProducts : AutoReversingMigration
{
    public override void Up()
    {
        Create.Table("erp_products")
            .WithColumn("product_no").AsString(20).NotNullable().PrimaryKey("pk_erp_products")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("unit_price").AsDecimal(19, 4).NotNullable()
            .WithColumn("unit_cost").AsDecimal(19, 4).NotNullable();
    }
}
