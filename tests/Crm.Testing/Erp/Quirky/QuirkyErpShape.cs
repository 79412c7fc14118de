using System.Data;
using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using static Crm.Testing.Erp.Quirky.QuirkyErpNames;

namespace Crm.Testing.Erp.Quirky;

/// <summary>
/// A tiny ERP built to trip up a mapping: names with spaces, <c>$</c>, brackets, dashes and
/// umlauts, a fixed-length <c>char(5)</c> customer key holding shorter (space-padded) values, dates
/// without time of day, an invoice key with a slash, and a stored open amount.
/// </summary>
public static class QuirkyErpShape
{
    private static readonly SqlColumnType Key = SqlColumnType.FixedText(CustomerKeyLength);
    private static readonly SqlColumnType Amount = SqlColumnType.Numeric(19, 4);

    private static readonly TestTable Customers = new(
        CustomerTable,
        [new(CustomerKey, Key, Nullable: false), new(CustomerName, SqlColumnType.Text(100)), new(CustomerEmail, SqlColumnType.Text(100))],
        CustomerKey);

    private static readonly TestTable Orders = new(
        OrderTable,
        [
            new(OrderKey, SqlColumnType.WholeNumber, Nullable: false),
            new(OrderCustomerKey, Key),
            new(OrderDate, SqlColumnType.CalendarDate),
            new(OrderTotal, Amount),
            new(OrderCurrency, SqlColumnType.Text(3)),
        ],
        OrderKey);

    private static readonly TestTable Invoices = new(
        InvoiceTable,
        [
            new(InvoiceKey, SqlColumnType.Text(20), Nullable: false),
            new(InvoiceCustomerKey, Key),
            new(InvoiceOrderKey, SqlColumnType.WholeNumber),
            new(InvoiceDate, SqlColumnType.CalendarDate),
            new(InvoiceDueDate, SqlColumnType.CalendarDate),
            new(InvoiceTotal, Amount),
            new(InvoicePaid, Amount),
            new(InvoiceOpen, Amount),
        ],
        InvoiceKey);

    /// <summary>The tables created, names exactly as stored.</summary>
    public static IReadOnlyList<string> TableNames { get; } = [CustomerTable, OrderTable, InvoiceTable];

    /// <summary>Creates and fills the tables in one transaction; opens <paramref name="connection"/> if needed.</summary>
    public static async Task<QuirkyErpSummary> CreateAsync(DbConnection connection, DatabaseEngine engine, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var data = QuirkyErpSample.Create(today);
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var table in new[] { Customers, Orders, Invoices })
            {
                await table.CreateAsync(connection, transaction, engine, cancellationToken).ConfigureAwait(false);
            }

            await Customers.InsertAsync(
                connection,
                transaction,
                engine,
                data.Customers.Select(customer => new object?[] { customer.Key, customer.Name, customer.Email }),
                cancellationToken).ConfigureAwait(false);
            await Orders.InsertAsync(
                connection,
                transaction,
                engine,
                data.Orders.Select(order => new object?[] { order.Number, order.CustomerKey, order.Date, order.Total, order.Currency }),
                cancellationToken).ConfigureAwait(false);
            await Invoices.InsertAsync(
                connection,
                transaction,
                engine,
                data.Invoices.Select(invoice => new object?[]
                {
                    invoice.Number, invoice.CustomerKey, invoice.OrderNumber, invoice.Date, invoice.DueDate, invoice.Total, invoice.Paid, invoice.Open,
                }),
                cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new QuirkyErpSummary(data);
    }

    /// <summary>Creates and fills the tables in <paramref name="database"/>.</summary>
    public static async Task<QuirkyErpSummary> CreateAsync(TestDatabase database, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await CreateAsync(connection, database.Engine, today, cancellationToken).ConfigureAwait(false);
        }
    }
}
