using System.Data.Common;
using System.Globalization;

namespace ErpCrm.Automotive.Tests.EndToEnd;

/// <summary>
/// Vehicle sales written into a running Host.Sample's ERP database, since the demo ERP sells coffee
/// machines: products <c>VEH-…</c>, orders and their lines, as the dealer's ERP would hold them.
/// </summary>
internal sealed class DealerErpData(Func<DbConnection> connect)
{
    /// <summary>Adds a shipped order of one vehicle for <paramref name="customer"/> on <paramref name="orderDate"/>.</summary>
    public async Task SellAsync(string customer, DateOnly orderDate, string product, string description)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var orderNo = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT MAX(order_no) + 1 FROM erp_orders"), CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, transaction, "INSERT INTO erp_products (product_no, name, unit_price, unit_cost) SELECT @product, @description, 32000, 27500 WHERE NOT EXISTS (SELECT 1 FROM erp_products WHERE product_no = @product)", ("product", product), ("description", description));
        await ExecuteAsync(connection, transaction, "INSERT INTO erp_orders (order_no, customer_no, order_date, shipped_on, status, currency, customer_reference) VALUES (@order, @customer, @date, @date, 'Shipped', 'EUR', NULL)", ("order", orderNo), ("customer", customer), ("date", orderDate.ToDateTime(TimeOnly.MinValue)));
        await ExecuteAsync(connection, transaction, "INSERT INTO erp_order_lines (order_no, line_no, product_no, description, quantity, unit_price, unit_cost, line_total) VALUES (@order, 1, @product, @description, 1, 32000, 27500, 32000)", ("order", orderNo), ("product", product), ("description", description));
        await transaction.CommitAsync();
    }

    /// <summary>Whether the plugin's register holds <paramref name="vin"/>.</summary>
    public async Task<bool> IsRegisteredAsync(string vin)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        return Convert.ToInt64(await ScalarAsync(connection, null, "SELECT COUNT(*) FROM auto_vehicles WHERE vin = @vin", ("vin", vin)), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
