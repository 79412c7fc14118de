using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary><c>crm_sales_targets</c>: order revenue expected per rep, month and currency.</summary>
[Migration(2026_11_24_0011, "crm_sales_targets")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateSalesTargets : Migration
{
    public override void Up() =>
        Create.Table("crm_sales_targets")
            .WithColumn("owner").AsString(100).NotNullable().PrimaryKey("pk_crm_sales_targets")
            .WithColumn("month").AsString(7).NotNullable().PrimaryKey("pk_crm_sales_targets")
            .WithColumn("currency").AsString(3).NotNullable().PrimaryKey("pk_crm_sales_targets")
            .WithColumn("amount").AsDecimal(19, 4).NotNullable()
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("updated_at").AsDateTime2().NotNullable()
            .WithColumn("updated_by").AsString(100).NotNullable();

    public override void Down() => Delete.Table("crm_sales_targets");
}
