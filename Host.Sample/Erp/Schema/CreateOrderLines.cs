using FluentMigrator;

namespace Host.Sample.Erp.Schema;

[Migration(4, "erp_order_lines")]
public sealed class CreateOrderLines : AutoReversingMigration
{
    public override void Up()
    {
        Create.Table("erp_order_lines")
            .WithColumn("order_no").AsInt32().NotNullable().PrimaryKey("pk_erp_order_lines")
                .ForeignKey("fk_erp_order_lines_order", "erp_orders", "order_no")
            .WithColumn("line_no").AsInt32().NotNullable().PrimaryKey("pk_erp_order_lines")
            .WithColumn("product_no").AsString(20).NotNullable()
            .WithColumn("description").AsString(200).NotNullable()
            .WithColumn("quantity").AsDecimal(19, 4).NotNullable()
            .WithColumn("unit_price").AsDecimal(19, 4).NotNullable()
            .WithColumn("unit_cost").AsDecimal(19, 4).NotNullable()
            .WithColumn("line_total").AsDecimal(19, 4).NotNullable();
    }
}
