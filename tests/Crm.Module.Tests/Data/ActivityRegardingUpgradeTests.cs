using Crm.Abstractions.Erp;
using Crm.Module.Data.Migrations;
using Crm.Module.Tests.Infrastructure;
using Crm.Testing.Databases;
using Dapper;

namespace Crm.Module.Tests.Data;

/// <summary>
/// The upgrade that lets activities regard leads and opportunities rebuilds the table on SQLite:
/// activities written before it keep their ids and values, and new ids continue after them.
/// </summary>
[TestClass]
public sealed class ActivityRegardingUpgradeTests
{
    private const long BeforeRegarding = 2026_11_24_0006;

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Activities_written_before_the_upgrade_survive_it(DatabaseEngine engine)
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        CrmMigrationRunner.MigrateUp(database, BeforeRegarding);
        await using (var before = await database.OpenConnectionAsync())
        {
            await before.ExecuteAsync(
                """
                INSERT INTO crm_activities (type, subject, account_key, due_at, reminder_at, assignee, status, created_at, created_by, updated_at, updated_by, version)
                VALUES ('call', 'Rückruf wegen Lieferung', 'C10001', @due, @due, 'rep', 'Open', @at, 'rep', @at, 'rep', 3)
                """,
                new { due = new DateTime(2026, 12, 1, 9, 0, 0), at = new DateTime(2026, 11, 20, 8, 0, 0) });
        }

        CrmMigrationRunner.MigrateUp(database);

        await using var connection = await database.OpenConnectionAsync();
        var kept = await connection.QuerySingleAsync<(long Id, string Subject, string AccountKey, int Version)>("SELECT id, subject, account_key, version FROM crm_activities");
        Assert.AreEqual(("Rückruf wegen Lieferung", "C10001", 3), (kept.Subject, kept.AccountKey, kept.Version));
        var next = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO crm_activities (type, subject, lead_id, assignee, status, created_at, created_by, updated_at, updated_by, version) VALUES ('task', 'Qualify', 5, 'rep', 'Open', @at, 'rep', @at, 'rep', 1) RETURNING id",
            new { at = new DateTime(2026, 11, 24, 8, 0, 0) });
        Assert.IsGreaterThan(kept.Id, next, "ids continue after the kept rows");
        Assert.AreEqual(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_activities WHERE account_key IS NULL AND lead_id = 5"));
    }
}
