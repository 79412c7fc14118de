using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Erp.SapBusinessOne;
using Dapper;

namespace Crm.Module.Tests.Shapes;

/// <summary>
/// SAP Business One's layout: customers among suppliers and leads in OCRD, totals on the header,
/// cancelled documents kept, invoices linked to orders only through INV1, payments in ORCT/RCT2.
/// </summary>
internal sealed class SapBusinessOneShapeOracle(DatabaseEngine engine) : ErpShape
{
    public override string Profile => "SapBusinessOne";

    public override IReadOnlyList<string> ErpTables { get; } = ["OCRD", "ORDR", "RDR1", "OINV", "INV1", "ORCT", "RCT2"];

    private string Q(string name) => EngineSql.Quote(engine, name);

    public override async Task SeedAsync(TestDatabase database, DateOnly today)
    {
        await using var connection = await database.OpenConnectionAsync();
        await SapBusinessOneShape.CreateAsync(connection, database.Engine, today, CancellationToken.None);
    }

    public override async Task<IReadOnlyList<string>> CustomerKeysAsync(DbConnection connection) =>
        [.. (await connection.QueryAsync<string>($"SELECT {Q("CardCode")} FROM {Q("OCRD")} WHERE {Q("CardType")} = 'C' ORDER BY 1")).Select(k => k.TrimEnd())];

    public override async Task<ExpectedOverview> ExpectAsync(DbConnection connection, string accountKey, DateOnly today)
    {
        var p = new { key = accountKey, today = Midnight(today) };
        var orders = $"{Q("ORDR")} WHERE {Q("CardCode")} = @key AND {Q("CANCELED")} = 'N'";
        var invoices = $"{Q("OINV")} WHERE {Q("CardCode")} = @key AND {Q("CANCELED")} = 'N'";
        var orderCount = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {orders}", p);
        var lastOrder = await connection.ExecuteScalarAsync<object?>($"SELECT MAX({Q("DocDate")}) FROM {orders}", p);
        var orderTotals = (await connection.QueryAsync<(object Number, object Total)>($"SELECT {Q("DocNum")}, {Q("DocTotal")} FROM {orders}", p))
            .ToDictionary(r => Convert.ToString(r.Number, CultureInfo.InvariantCulture)!, r => Convert.ToDecimal(r.Total, CultureInfo.InvariantCulture));
        var invoiceCount = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {invoices}", p);
        var open = $"{Q("DocTotal")} - {Q("PaidToDate")}";
        var balances = (await connection.QueryAsync<(string Currency, object Open, object Overdue)>(
                $"""
                SELECT {Q("DocCur")}, SUM({open}), SUM(CASE WHEN {Q("DocDueDate")} < @today THEN {open} ELSE 0 END)
                FROM {invoices} AND {open} > 0 GROUP BY {Q("DocCur")}
                """, p))
            .ToDictionary(r => r.Currency.TrimEnd(), r => (Convert.ToDecimal(r.Open, CultureInfo.InvariantCulture), Convert.ToDecimal(r.Overdue, CultureInfo.InvariantCulture)));

        // Payment dates: the latest non-cancelled incoming payment applied to each invoice.
        var rows = await connection.QueryAsync<(object DocDate, string Currency, object Total, object Paid, object? PaidOn)>(
            $"""
            SELECT i.{Q("DocDate")}, i.{Q("DocCur")}, i.{Q("DocTotal")}, i.{Q("PaidToDate")},
                   (SELECT MAX(p.{Q("DocDate")}) FROM {Q("RCT2")} r JOIN {Q("ORCT")} p ON p.{Q("DocEntry")} = r.{Q("DocNum")}
                    WHERE r.{Q("DocEntry")} = i.{Q("DocEntry")} AND r.{Q("InvType")} = 13 AND p.{Q("Canceled")} = 'N')
            FROM {Q("OINV")} i WHERE i.{Q("CardCode")} = @key AND i.{Q("CANCELED")} = 'N'
            """, p);
        var list = rows.Select(i => (Date: ToDate(i.DocDate), Currency: i.Currency.TrimEnd(), Total: Convert.ToDecimal(i.Total, CultureInfo.InvariantCulture), Paid: Convert.ToDecimal(i.Paid, CultureInfo.InvariantCulture), PaidOn: i.PaidOn is null ? (DateOnly?)null : ToDate(i.PaidOn))).ToList();
        var since = FirstRevenueMonth(today);
        var revenue = list.Where(i => i.Date >= since)
            .GroupBy(i => (Month(i.Date), i.Currency))
            .ToDictionary(g => g.Key, g => g.Sum(i => i.Total));
        var averageDays = Average(list.Where(i => i.PaidOn is not null && i.Total - i.Paid <= 0).Select(i => i.PaidOn!.Value.DayNumber - i.Date.DayNumber));
        return new ExpectedOverview(orderCount, lastOrder is null ? null : ToDate(lastOrder), orderTotals, invoiceCount, balances, revenue, averageDays);
    }
}
