using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Erp.SapBusinessOne;
using Dapper;
using Npgsql;

namespace Crm.Module.Tests.Infrastructure;

/// <summary>The restricted login that proves the add-on never writes ERP tables really is restricted.</summary>
[TestClass]
public sealed class PostgresRestrictedLoginTests
{
    private const string InsufficientPrivilege = "42501";

    private PostgresTestDatabase? database;

    private PostgresTestDatabase Database => database!;

    [TestInitialize]
    public async Task SeedAsync()
    {
        database = (PostgresTestDatabase)await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(DatabaseEngine.PostgreSql));
        await SapBusinessOneShape.CreateAsync(database, new DateOnly(2026, 11, 24));
    }

    [TestCleanup]
    public async Task DropAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task ReadsTheGrantedTables()
    {
        await using var restricted = new NpgsqlConnection(await Database.CreateRestrictedLoginAsync("crm_addon", SapBusinessOneShape.TableNames));

        Assert.IsGreaterThan(0, await restricted.ExecuteScalarAsync<int>("""SELECT COUNT(*) FROM "OCRD" """));
        Assert.StartsWith("crm_addon_", await restricted.ExecuteScalarAsync<string>("SELECT current_user") ?? string.Empty);
    }

    [TestMethod]
    public async Task CannotWriteTheErpTables()
    {
        await using var restricted = new NpgsqlConnection(await Database.CreateRestrictedLoginAsync("crm_addon", SapBusinessOneShape.TableNames));

        var insert = await Assert.ThrowsAsync<PostgresException>(() => restricted.ExecuteAsync("""INSERT INTO "OCRD" ("CardCode", "CardName") VALUES ('X1', 'Intruder')"""));
        var update = await Assert.ThrowsAsync<PostgresException>(() => restricted.ExecuteAsync("""UPDATE "OINV" SET "PaidToDate" = 0"""));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => restricted.ExecuteAsync("""DELETE FROM "RCT2" """));

        Assert.AreEqual(InsufficientPrivilege, insert.SqlState);
        Assert.AreEqual(InsufficientPrivilege, update.SqlState);
        Assert.AreEqual(InsufficientPrivilege, delete.SqlState);
    }

    [TestMethod]
    public async Task CannotReadTablesItWasNotGiven()
    {
        await using var restricted = new NpgsqlConnection(await Database.CreateRestrictedLoginAsync("crm_addon", ["OCRD"]));

        var select = await Assert.ThrowsAsync<PostgresException>(() => restricted.ExecuteScalarAsync<int>("""SELECT COUNT(*) FROM "ORDR" """));

        Assert.AreEqual(InsufficientPrivilege, select.SqlState);
    }

    [TestMethod]
    public async Task KeepsTablesOfItsOwn()
    {
        await using var restricted = new NpgsqlConnection(await Database.CreateRestrictedLoginAsync("crm_addon", SapBusinessOneShape.TableNames));

        await restricted.ExecuteAsync("CREATE TABLE crm_probe (id int PRIMARY KEY, note text)");
        await restricted.ExecuteAsync("INSERT INTO crm_probe (id, note) VALUES (1, 'mine')");

        Assert.AreEqual("mine", await restricted.ExecuteScalarAsync<string>("SELECT note FROM crm_probe WHERE id = 1"));
    }

    [TestMethod]
    public async Task TheRoleIsDroppedWithTheDatabase()
    {
        var role = new NpgsqlConnectionStringBuilder(await Database.CreateRestrictedLoginAsync("crm_addon", ["OCRD"])).Username;
        var server = await PostgresServer.Shared;

        await Database.DisposeAsync();

        await using var admin = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
        Assert.AreEqual(0, await admin.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM pg_roles WHERE rolname = @role", new { role }));
    }
}
