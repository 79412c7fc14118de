using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Crm.Scale.Tests;

/// <summary>
/// Host.Sample with the add-on started on generated data: the add-on's own services read it
/// (account overview, inquiry queue, pipeline board, timeline) and a new inquiry after the
/// generator gets the next number, because the generator moved the counters past its numbers.
/// </summary>
[TestClass]
public sealed class HostOnGeneratedDataTests
{
    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task The_add_on_reads_generated_data_and_logs_the_next_inquiry(DatabaseEngine engine)
    {
        var dataFolder = Directory.CreateTempSubdirectory("crm-scale-host-").FullName;
        TestDatabase? server = null;
        try
        {
            Dictionary<string, string> environment;
            string connectionString;
            if (engine == DatabaseEngine.Sqlite)
            {
                // Where Host.Sample looks for its database: erp.db in its data folder.
                connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "erp.db"), Pooling = false }.ConnectionString;
                environment = [];
            }
            else
            {
                server = await GeneratedDatabases.CreateEmptyAsync(engine);
                connectionString = server.ConnectionString;
                environment = new() { ["Erp__Database__Engine"] = "PostgreSql", ["Erp__Database__ConnectionString"] = connectionString };
            }

            using (var progress = new Progress.LogProgress(TextWriter.Null))
            {
                await ScaleGenerator.GenerateAsync(engine, connectionString, GeneratedDatabases.Settings(), progress);
            }

            var (account, lastNumber) = await FactsAsync(engine, connectionString);
            await using var host = HostProcess.Start(environment, dataFolder);
            await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

            using var finance = host.ClientFor("finance");
            var overview = await finance.GetFromJsonAsync<JsonElement>($"/api/crm/accounts/{account}/overview");
            Assert.IsGreaterThan(0, overview.GetProperty("orderCount").GetInt32(), overview.ToString());
            var timeline = await finance.GetFromJsonAsync<JsonElement>($"/api/crm/accounts/{account}/timeline?pageSize=50");
            Assert.IsGreaterThan(0, timeline.GetProperty("items").GetArrayLength(), timeline.ToString());

            using var clerk = host.ClientFor("clerk");
            var queue = await clerk.GetFromJsonAsync<JsonElement>("/api/crm/inquiries?view=All&pageSize=20");
            Assert.AreEqual(200L, queue.GetProperty("totalCount").GetInt64(), queue.ToString());

            using var manager = host.ClientFor("manager");
            var board = await manager.GetFromJsonAsync<JsonElement>("/api/crm/pipelines/new-business/board");
            Assert.IsGreaterThan(0L, board.GetProperty("columns").EnumerateArray().Sum(column => column.GetProperty("count").GetInt64()), board.ToString());

            using var logged = await clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = account, subject = "Logged after the generator", channel = "Phone" });
            Assert.AreEqual(HttpStatusCode.Created, logged.StatusCode, await logged.Content.ReadAsStringAsync());
            var number = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
            var year = DateTime.UtcNow.Year;
            Assert.AreEqual(string.Create(CultureInfo.InvariantCulture, $"INQ-{year}-{lastNumber + 1:000000}"), number);
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            Directory.Delete(dataFolder, recursive: true);
        }
    }

    // An account that has orders, and the last inquiry number of this year the generator handed out.
    private static async Task<(string Account, long LastNumber)> FactsAsync(DatabaseEngine engine, string connectionString)
    {
        await using var connection = engine == DatabaseEngine.Sqlite ? (System.Data.Common.DbConnection)new SqliteConnection(connectionString) : new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var account = await connection.ExecuteScalarAsync<string>("SELECT customer_no FROM erp_orders ORDER BY order_no DESC LIMIT 1");
        var last = await connection.ExecuteScalarAsync<long?>("SELECT value FROM crm_sequences WHERE name = @name", new { name = "inquiry:" + DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture) });
        return (account!, last ?? 0);
    }
}
