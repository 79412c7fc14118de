using System.Reflection;
using Crm.Abstractions.Erp;
using Dapper;
using FluentMigrator;
using Host.Sample.Erp;
using Host.Sample.Erp.Schema;

namespace Host.Sample.Tests.Erp;

[TestClass]
public sealed class ErpSchemaMigratorTests
{
    private static readonly Dictionary<string, string[]> ExpectedColumns = new(StringComparer.Ordinal)
    {
        ["erp_customers"] = ["customer_no", "name", "email", "phone", "street", "postal_code", "city", "country", "currency", "created_on", "crm_request_key"],
        ["erp_products"] = ["product_no", "name", "unit_price", "unit_cost"],
        ["erp_orders"] = ["order_no", "customer_no", "order_date", "shipped_on", "status", "currency", "customer_reference"],
        ["erp_order_lines"] = ["order_no", "line_no", "product_no", "description", "quantity", "unit_price", "unit_cost", "line_total"],
        ["erp_invoices"] = ["invoice_no", "customer_no", "order_no", "invoice_date", "due_date", "currency", "total_amount", "paid_amount", "paid_on"],
        ["erp_user_inbox"] = ["id", "recipient", "subject", "text", "regarding", "created_at"],
    };

    [TestMethod]
    public void MigratingTwiceIsANoOp()
    {
        using var file = new TempSqliteFile();

        ErpSchemaMigrator.Migrate(DatabaseEngine.Sqlite, file.ConnectionString);
        ErpSchemaMigrator.Migrate(DatabaseEngine.Sqlite, file.ConnectionString);

        using var connection = file.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'erp%'").ToHashSet(StringComparer.Ordinal);
        Assert.IsTrue(tables.SetEquals([.. ExpectedColumns.Keys, "erp_schema_version"]), string.Join(", ", tables));
        var migrations = typeof(ErpVersionTable).Assembly.GetTypes()
            .Count(type => type.Namespace == typeof(ErpVersionTable).Namespace && type.GetCustomAttribute<MigrationAttribute>() is not null);
        Assert.AreEqual(7, migrations);
        Assert.AreEqual(migrations, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM erp_schema_version"));
    }

    [TestMethod]
    public void CreatesTheDocumentedColumnsAndIndexes()
    {
        using var file = new TempSqliteFile();

        ErpSchemaMigrator.Migrate(DatabaseEngine.Sqlite, file.ConnectionString);

        using var connection = file.Open();
        foreach (var (table, columns) in ExpectedColumns)
        {
            var actual = connection.Query<string>($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").ToArray();
            CollectionAssert.AreEqual(columns, actual, table);
        }

        var indexed = connection.Query<string>("""
            SELECT m.tbl_name || '(' || group_concat(i.name, ',') || ')'
            FROM sqlite_master m JOIN pragma_index_info(m.name) i
            WHERE m.type = 'index' AND m.name LIKE 'ix_erp%'
            GROUP BY m.name
            """).ToHashSet(StringComparer.Ordinal);
        string[] expected = ["erp_orders(customer_no,order_date)", "erp_invoices(customer_no,invoice_date)", "erp_invoices(order_no)", "erp_customers(name)", "erp_user_inbox(recipient,created_at)"];
        Assert.IsTrue(indexed.SetEquals(expected), string.Join(", ", indexed));
        var lineKey = connection.Query<string>("SELECT name FROM pragma_table_info('erp_order_lines') WHERE pk > 0 ORDER BY pk");
        Assert.AreEqual("order_no,line_no", string.Join(',', lineKey));
    }
}
