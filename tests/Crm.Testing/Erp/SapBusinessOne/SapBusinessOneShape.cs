using System.Data;
using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;

namespace Crm.Testing.Erp.SapBusinessOne;

/// <summary>
/// Creates SAP Business One's customer, order, invoice and payment tables (OCRD, ORDR, RDR1, OINV,
/// INV1, ORCT, RCT2) and fills them with deterministic sample data: customers next to suppliers and
/// leads, cancelled documents, invoices linked to orders only through their lines, partial and
/// missing payments.
/// </summary>
public static class SapBusinessOneShape
{
    /// <summary>The tables created, with SAP's upper-case names.</summary>
    public static IReadOnlyList<string> TableNames { get; } = SapBusinessOneSchema.All.Select(table => table.Name).ToList();

    /// <summary>Creates and fills the tables in one transaction; opens <paramref name="connection"/> if needed.</summary>
    public static async Task<SapBusinessOneSummary> CreateAsync(DbConnection connection, DatabaseEngine engine, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var data = new SapBusinessOneGenerator(today).Generate();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var table in SapBusinessOneSchema.All)
            {
                await table.CreateAsync(connection, transaction, engine, cancellationToken).ConfigureAwait(false);
            }

            foreach (var (table, rows) in Rows(data))
            {
                await table.InsertAsync(connection, transaction, engine, rows, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new SapBusinessOneSummary(data);
    }

    /// <summary>Creates and fills the tables in <paramref name="database"/>.</summary>
    public static async Task<SapBusinessOneSummary> CreateAsync(TestDatabase database, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await CreateAsync(connection, database.Engine, today, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<(TestTable Table, IEnumerable<object?[]> Rows)> Rows(SapBusinessOneData data)
    {
        yield return (SapBusinessOneSchema.BusinessPartners, data.BusinessPartners.Select(partner => new object?[]
        {
            partner.CardCode, partner.CardName, partner.CardType, partner.Email, partner.Phone,
            partner.Address, partner.ZipCode, partner.City, partner.Country, partner.Currency,
        }));

        yield return (SapBusinessOneSchema.Orders, data.Orders.Select(order => new object?[]
        {
            order.DocEntry, order.DocNum, order.CardCode, order.DocDate, order.DocDueDate, order.Currency,
            order.DocTotal, order.NumAtCard, order.DocStatus, Flag(order.Canceled),
        }));

        yield return (SapBusinessOneSchema.OrderLines, data.Orders.SelectMany(order => order.Lines.Select(line => new object?[]
        {
            order.DocEntry, line.LineNum, line.ItemCode, line.Description, line.Quantity, line.Price, line.LineTotal, line.GrossBuyPrice,
        })));

        yield return (SapBusinessOneSchema.Invoices, data.Invoices.Select(invoice => new object?[]
        {
            invoice.DocEntry, invoice.DocNum, invoice.CardCode, invoice.DocDate, invoice.DocDueDate, invoice.Currency,
            invoice.DocTotal, invoice.PaidToDate, Flag(invoice.Canceled),
        }));

        yield return (SapBusinessOneSchema.InvoiceLines, data.Invoices.SelectMany(invoice => invoice.Lines.Select(line => new object?[]
        {
            invoice.DocEntry, line.LineNum, line.ItemCode, line.Description, line.Quantity, line.Price, line.LineTotal,
            line.BaseType, line.BaseEntry, line.BaseLine,
        })));

        yield return (SapBusinessOneSchema.Payments, data.Payments.Select(payment => new object?[]
        {
            payment.DocEntry, payment.DocNum, payment.DocDate, payment.CardCode, Flag(payment.Canceled),
        }));

        yield return (SapBusinessOneSchema.PaymentInvoices, data.Payments.SelectMany(payment => payment.Applications.Select(application => new object?[]
        {
            payment.DocEntry, application.InvoiceId, application.InvoiceDocEntry, SapCodes.InvoiceObject, application.SumApplied,
        })));
    }

    private static string Flag(bool value) => value ? SapCodes.Yes : SapCodes.No;
}
