using System.Data;
using System.Data.Common;
using Dapper;

namespace Host.Sample.Erp.DemoData;

/// <summary>
/// Fills an empty ERP database with believable customers, orders and invoices in German, Korean and
/// English, so the CRM add-on has something to show. The same <c>today</c> and size always produce
/// the same data.
/// </summary>
public static class DemoDataSeeder
{
    /// <summary>
    /// Inserts the demo data in one transaction unless <c>erp_customers</c> already has rows.
    /// Returns whether it seeded. An unopened connection is opened and closed again.
    /// </summary>
    public static async Task<bool> SeedIfEmptyAsync(DbConnection connection, DateOnly today, DemoDataSize size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(size);

        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await SeedAsync(connection, today, size, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<bool> SeedAsync(DbConnection connection, DateOnly today, DemoDataSize size, CancellationToken cancellationToken)
    {
        // The emptiness check runs inside the transaction, so two hosts starting at once on one
        // database do not both seed: the second one's inserts fail on the primary keys and roll back.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var hasCustomers = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM erp_customers) THEN 1 ELSE 0 END",
            transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (hasCustomers != 0)
        {
            return false;
        }

        // Parents before children: SQLite checks foreign keys per statement, not at commit.
        var data = DemoDataGenerator.Generate(today, size);
        await DemoRowWriter.InsertAsync(connection, transaction, "erp_customers", data.Customers, cancellationToken).ConfigureAwait(false);
        await DemoRowWriter.InsertAsync(connection, transaction, "erp_products", data.Products, cancellationToken).ConfigureAwait(false);
        await DemoRowWriter.InsertAsync(connection, transaction, "erp_orders", data.Orders, cancellationToken).ConfigureAwait(false);
        await DemoRowWriter.InsertAsync(connection, transaction, "erp_order_lines", data.OrderLines, cancellationToken).ConfigureAwait(false);
        await DemoRowWriter.InsertAsync(connection, transaction, "erp_invoices", data.Invoices, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
