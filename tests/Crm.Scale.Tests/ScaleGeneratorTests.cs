using Crm.Abstractions.Erp;
using Dapper;

namespace Crm.Scale.Tests;

/// <summary>The generator on real SQLite and PostgreSQL databases at a small scale.</summary>
[TestClass]
public sealed class ScaleGeneratorTests
{
    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Every_table_holds_the_reference_count_times_the_scale(DatabaseEngine engine)
    {
        await using var database = await GeneratedDatabases.CreateEmptyAsync(engine);
        var settings = GeneratedDatabases.Settings();
        var report = await GeneratedDatabases.GenerateAsync(database, settings);

        var expected = new Dictionary<string, int>
        {
            ["erp_customers"] = 200,
            ["erp_orders"] = 2_000,
            ["erp_order_lines"] = 6_000,
            ["erp_invoices"] = 2_000,
            ["crm_activities"] = 600,
            ["crm_inquiries"] = 200,
            ["crm_opportunities"] = 100,
            ["crm_leads"] = 200,
        };
        await using var connection = await database.OpenConnectionAsync();
        foreach (var (table, count) in expected)
        {
            Assert.AreEqual(count, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"), table);
            Assert.AreEqual(count, report.RowsOf(table), table);
        }

        foreach (var table in report.Tables)
        {
            Assert.AreEqual(table.Rows, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table.Table}"), $"{table.Table}: the report and the table disagree");
        }
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Every_reference_the_add_on_follows_resolves(DatabaseEngine engine)
    {
        await using var database = await GeneratedDatabases.CreateEmptyAsync(engine);
        await GeneratedDatabases.GenerateAsync(database, GeneratedDatabases.Settings());

        await using var connection = await database.OpenConnectionAsync();
        var broken = new List<string>();
        foreach (var (rule, sql) in ReferenceChecks.All)
        {
            var count = await connection.ExecuteScalarAsync<long>(sql);
            if (count != 0)
            {
                broken.Add($"{rule}: {count} rows break it");
            }
        }

        Assert.IsEmpty(broken, string.Join(Environment.NewLine, broken));
    }

    [TestMethod]
    public async Task The_data_is_spread_the_way_the_screens_need_it()
    {
        await using var database = await GeneratedDatabases.CreateEmptyAsync(DatabaseEngine.Sqlite);
        await GeneratedDatabases.GenerateAsync(database, GeneratedDatabases.Settings(0.01));

        await using var connection = await database.OpenConnectionAsync();
        var currencies = (await connection.QueryAsync<string>("SELECT DISTINCT currency FROM erp_customers ORDER BY currency")).ToList();
        CollectionAssert.AreEqual(new[] { "CHF", "EUR", "GBP", "KRW", "USD" }, currencies);
        Assert.IsGreaterThan(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM erp_customers WHERE country = 'KR' AND name LIKE '%주식회사%'"), "Korean company names");
        Assert.IsGreaterThan(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM erp_invoices WHERE paid_amount < total_amount AND due_date < date('now')"), "overdue invoices");
        Assert.IsGreaterThan(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM erp_invoices WHERE order_no IS NULL"), "service invoices");
        var statuses = (await connection.QueryAsync<string>("SELECT DISTINCT status FROM crm_inquiries ORDER BY status")).ToList();
        CollectionAssert.AreEqual(new[] { "Closed", "InProgress", "New", "Resolved", "WaitingOnCustomer" }, statuses);
        var opportunities = (await connection.QueryAsync<string>("SELECT DISTINCT status FROM crm_opportunities ORDER BY status")).ToList();
        CollectionAssert.AreEqual(new[] { "Lost", "Open", "Won" }, opportunities);
        Assert.IsGreaterThan(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_activities WHERE status = 'Open' AND due_at < datetime('now')"), "overdue activities");
        Assert.IsGreaterThan(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_activities WHERE status = 'Open' AND due_at > datetime('now')"), "activities ahead");
        Assert.IsGreaterThan(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_leads l JOIN erp_customers c ON c.email = l.email"), "leads that duplicate a customer");
    }

    [TestMethod]
    public async Task The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        await using var first = await GeneratedDatabases.CreateEmptyAsync(DatabaseEngine.Sqlite);
        await using var second = await GeneratedDatabases.CreateEmptyAsync(DatabaseEngine.Sqlite);
        await using var other = await GeneratedDatabases.CreateEmptyAsync(DatabaseEngine.Sqlite);
        var settings = GeneratedDatabases.Settings(0.001);
        var report = await GeneratedDatabases.GenerateAsync(first, settings);
        await GeneratedDatabases.GenerateAsync(second, settings);
        await GeneratedDatabases.GenerateAsync(other, settings with { Seed = settings.Seed + 1 });

        foreach (var table in report.Tables.Select(table => table.Table))
        {
            Assert.AreEqual(await TableTextAsync(first, table), await TableTextAsync(second, table), table);
        }

        Assert.AreNotEqual(await TableTextAsync(first, "erp_customers"), await TableTextAsync(other, "erp_customers"));
    }

    [TestMethod]
    public async Task A_database_with_customers_is_refused_and_left_alone()
    {
        await using var database = await GeneratedDatabases.CreateEmptyAsync(DatabaseEngine.Sqlite);
        var settings = GeneratedDatabases.Settings(0.001);
        await GeneratedDatabases.GenerateAsync(database, settings);

        var refused = await Assert.ThrowsExactlyAsync<DatabaseNotEmptyException>(() => GeneratedDatabases.GenerateAsync(database, settings));
        StringAssert.Contains(refused.Message, "erp_customers already holds 100 rows");
        await using var connection = await database.OpenConnectionAsync();
        Assert.AreEqual(300L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_activities"));
    }

    // Every row of the table in key order, as text: equal text, equal rows.
    private static async Task<string> TableTextAsync(Testing.Databases.TestDatabase database, string table)
    {
        await using var connection = await database.OpenConnectionAsync();
        var rows = await connection.QueryAsync($"SELECT * FROM {table} ORDER BY 1, 2");
        return string.Join('\n', rows.Select(row => string.Join('|', ((IDictionary<string, object?>)row).Values)));
    }
}
