using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Tests.Hostile;

/// <summary>
/// ERP mapping settings (table and column names, <c>sql:</c> expressions, read from configuration)
/// that carry a second statement: each must stop start-up with a message naming the setting, and the
/// smuggled statement (creating a canary table) must not have run. Once per database engine.
/// </summary>
/// <remarks>
/// Plain names are quoted by <c>MappedSql</c> and so become names that do not exist (the start-up
/// probe of the mapping refuses them); expressions are checked by <c>MappedSql</c> itself, which must
/// see every way a dialect has to quote: double quotes, back ticks, dollar quotes and backslash escapes.
/// </remarks>
public abstract class MappingSmugglingTests
{
    private const string Canary = "smuggled_canary";
    private const string Smuggled = "CREATE TABLE " + Canary + " (x INT)";

    public TestContext TestContext { get; set; } = null!;

    protected abstract DatabaseEngine Engine { get; }

    [TestMethod]
    [DataRow("Customers__Name", "x\"`; " + Smuggled + "; --")]
    [DataRow("Customers__Table", "erp_customers; " + Smuggled)]
    [DataRow("Orders__Key", "order_no /* */; " + Smuggled + " --")]
    [DataRow("Orders__Total", "sql:[total]; " + Smuggled)]
    [DataRow("Orders__Total", "sql:(SELECT 1 AS \"'\")); " + Smuggled + "; SELECT ((SELECT 1 AS \"'\")")]
    [DataRow("Orders__Total", "sql:(SELECT 1 AS `'`)); " + Smuggled + "; SELECT ((SELECT 1 AS `'`)")]
    [DataRow("Orders__Total", "sql:$$'$$); " + Smuggled + "; SELECT ($$'$$")]
    [DataRow("Orders__Total", "sql:E'\\'')); " + Smuggled + "; SELECT ((E'\\''")]
    public async Task A_mapping_setting_carrying_sql_stops_start_up_naming_the_setting_and_runs_nothing(string setting, string value)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var dataFolder = Directory.CreateTempSubdirectory("crm-smuggle-").FullName;
        await using var database = await CreateDatabaseAsync();
        try
        {
            var environment = new Dictionary<string, string> { ["Crm__Erp__" + setting] = value };
            if (database is not null)
            {
                environment["Erp__Database__Engine"] = Engine.ToString();
                environment["Erp__Database__ConnectionString"] = database.ConnectionString;
            }

            int exitCode;
            string output;
            await using (var host = HostProcess.Start(environment, dataFolder))
            {
                exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(90));
                output = host.Output;
            }

            Assert.AreEqual(0L, await CanaryTablesAsync(database, dataFolder), $"the statement smuggled in {setting} ran:\n{output}");
            Assert.AreNotEqual(0, exitCode, output);
            Assert.DoesNotContain("Now listening on", output);
            StringAssert.Contains(output, "Crm:Erp:" + setting.Replace("__", ":", StringComparison.Ordinal) + "'", output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private async Task<TestDatabase?> CreateDatabaseAsync()
    {
        if (Engine == DatabaseEngine.Sqlite)
        {
            return null;
        }

        try
        {
            return await TestDatabases.CreateAsync(Engine, TestContext.CancellationToken);
        }
        catch (TestEnvironmentUnavailableException e)
        {
            if (e.IsRequired)
            {
                Assert.Fail(e.Message);
            }

            Assert.Inconclusive(e.Message);
            throw;
        }
    }

    private static async Task<long> CanaryTablesAsync(TestDatabase? database, string dataFolder)
    {
        var file = Path.Combine(dataFolder, "erp.db");
        if (database is null && !File.Exists(file))
        {
            return 0;
        }

        await using DbConnection connection = database?.CreateConnection()
            ?? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = database is null
            ? "SELECT COUNT(*) FROM sqlite_master WHERE name = @name"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = @name";
        var name = count.CreateParameter();
        name.ParameterName = "name";
        name.Value = Canary;
        count.Parameters.Add(name);
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

/// <summary>Mapping settings carrying SQL, on the host's embedded SQLite file.</summary>
[TestClass]
public sealed class MappingSmugglingOnSqliteTests : MappingSmugglingTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

/// <summary>Mapping settings carrying SQL, on PostgreSQL (inconclusive where the tests cannot start one, unless required).</summary>
[TestClass]
public sealed class MappingSmugglingOnPostgreSqlTests : MappingSmugglingTests
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
