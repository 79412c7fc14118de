using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ErpCrm.Automotive.Tests.EndToEnd;

/// <summary>
/// Vehicle sales written into a running Host.Sample's ERP database (its SQLite file), since the demo
/// ERP sells coffee machines: products <c>VEH-…</c>, orders and their lines, as the dealer's ERP would hold them.
/// </summary>
internal sealed class DealerErpData(string dataFolder)
{
    /// <summary>Adds an order of one vehicle for <paramref name="customer"/> on <paramref name="orderDate"/>; returns the order's key.</summary>
    public async Task<string> SellAsync(string customer, DateOnly orderDate, string product, string description)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "erp.db"), Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var next = connection.CreateCommand();
        next.Transaction = transaction;
        next.CommandText = "SELECT MAX(order_no) + 1 FROM erp_orders";
        var orderNo = Convert.ToInt32(await next.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, transaction, "INSERT INTO erp_products (product_no, name, unit_price, unit_cost) SELECT @product, @description, 32000, 27500 WHERE NOT EXISTS (SELECT 1 FROM erp_products WHERE product_no = @product)", ("product", product), ("description", description));
        await ExecuteAsync(connection, transaction, "INSERT INTO erp_orders (order_no, customer_no, order_date, shipped_on, status, currency, customer_reference) VALUES (@order, @customer, @date, @date, 'Shipped', 'EUR', NULL)", ("order", orderNo), ("customer", customer), ("date", orderDate.ToDateTime(TimeOnly.MinValue)));
        await ExecuteAsync(connection, transaction, "INSERT INTO erp_order_lines (order_no, line_no, product_no, description, quantity, unit_price, unit_cost, line_total) VALUES (@order, 1, @product, @description, 1, 32000, 27500, 32000)", ("order", orderNo), ("product", product), ("description", description));
        await transaction.CommitAsync();
        return orderNo.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("@" + name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
