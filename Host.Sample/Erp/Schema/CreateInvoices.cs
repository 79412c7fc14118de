using FluentMigrator;

namespace Host.Sample.Erp.Schema;

/// <summary>
/// Invoices. <c>order_no</c> references the billed order; service invoices have none.
/// <c>paid_on</c> is the date of the last payment.
/// </summary>
[Migration(5, "erp_invoices")]
public sealed class CreateInvoices : AutoReversingMigration
{
    public override void Up()
    {
        Create.Table("erp_invoices")
            .WithColumn("invoice_no").AsString(20).NotNullable().PrimaryKey("pk_erp_invoices")
            .WithColumn("customer_no").AsString(20).NotNullable()
                .ForeignKey("fk_erp_invoices_customer", "erp_customers", "customer_no")
            .WithColumn("order_no").AsInt32().Nullable()
                .ForeignKey("fk_erp_invoices_order", "erp_orders", "order_no")
            .WithColumn("invoice_date").AsDate().NotNullable()
            .WithColumn("due_date").AsDate().NotNullable()
            .WithColumn("currency").AsString(3).NotNullable()
            .WithColumn("total_amount").AsDecimal(19, 4).NotNullable()
            .WithColumn("paid_amount").AsDecimal(19, 4).NotNullable()
            .WithColumn("paid_on").AsDate().Nullable();

        Create.Index("ix_erp_invoices_customer_date").OnTable("erp_invoices")
            .OnColumn("customer_no").Ascending()
            .OnColumn("invoice_date").Ascending();
        Create.Index("ix_erp_invoices_order").OnTable("erp_invoices").OnColumn("order_no").Ascending();
    }
}
