using FluentMigrator;

namespace Host.Sample.Erp.Schema;

/// <summary>
/// Order headers. There is deliberately no total column: totals exist only as the sum of the
/// lines, a shape the CRM mapping has to support.
/// </summary>
[Migration(3, "erp_orders")]
public sealed class CreateOrders : AutoReversingMigration
{
    public override void Up()
    {
        // Foreign keys are declared inline: SQLite cannot add them to an existing table.
        Create.Table("erp_orders")
            .WithColumn("order_no").AsInt32().NotNullable().PrimaryKey("pk_erp_orders")
            .WithColumn("customer_no").AsString(20).NotNullable()
                .ForeignKey("fk_erp_orders_customer", "erp_customers", "customer_no")
            .WithColumn("order_date").AsDate().NotNullable()
            .WithColumn("shipped_on").AsDate().Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("currency").AsString(3).NotNullable()
            .WithColumn("customer_reference").AsString(50).Nullable();

        Create.Index("ix_erp_orders_customer_date").OnTable("erp_orders")
            .OnColumn("customer_no").Ascending()
            .OnColumn("order_date").Ascending();
    }
}
