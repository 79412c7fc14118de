using FluentMigrator;

namespace Host.Sample.Erp.Schema;

/// <summary>
/// <c>erp_customers.crm_request_key</c>: the add-on's request that created the customer, unique,
/// so that a repeated request finds the customer instead of creating a second one.
/// </summary>
[Migration(7, "erp_customers.crm_request_key")]
public sealed class AddCustomerRequestKey : AutoReversingMigration
{
    public override void Up()
    {
        Alter.Table("erp_customers").AddColumn("crm_request_key").AsString(60).Nullable();
        Create.Index("ux_erp_customers_crm_request_key").OnTable("erp_customers").OnColumn("crm_request_key").Ascending().WithOptions().Unique();
    }
}
