using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;

namespace Host.Sample.Tests.Load;

/// <summary>
/// Many clerks and reps at once against a real Host.Sample on loopback, mixed reads and writes:
/// no answer may be an error, and afterwards every write that got a 2xx is in the database exactly
/// once while no write that did not left anything. Prints (and writes to a file) count, throughput
/// and latency percentiles per operation. Short by default; <see cref="LoadSettings"/> for the long form.
/// </summary>
[TestClass]
public sealed class LoadTests
{
    private const int ErrorsShown = 5;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Concurrent_clerks_and_reps_get_no_errors_and_every_acknowledged_write_is_stored_once(DatabaseEngine engine)
    {
        var settings = LoadSettings.FromEnvironment();
        await using var target = await StartAsync(engine);
        var runTag = "LT" + Guid.NewGuid().ToString("N")[..8];
        var ledger = new WriteLedger();
        List<LoadClient> clients;
        using (var admin = target.Host.ClientFor("admin"))
        {
            clients = await LoadClients.CreateAsync(admin, user => target.Host.ClientFor(user), settings.Clients, runTag, ledger);
        }

        try
        {
            var watch = Stopwatch.StartNew();
            var deadline = DateTime.UtcNow + settings.Duration;
            await Task.WhenAll(clients.Select(c => Task.Run(() => c.RunAsync(deadline))));
            watch.Stop();

            var report = LoadReport.From(clients.Select(c => c.Log), watch.Elapsed);
            var errors = clients.SelectMany(c => c.Log.Errors).ToList();
            await using var database = await target.OpenDatabaseAsync();
            var problems = await StoredWrites.CompareAsync(database, runTag, ledger);
            var summary = Summary(engine, settings, watch.Elapsed, report, errors.Count, ledger, problems.Count);
            var markdown = $"{summary}\n{report.ToMarkdown()}";
            TestContext.WriteLine(markdown);
            WriteReportFile(engine, markdown);

            Assert.IsGreaterThan(0, ledger.Records.Count(), "the load acknowledged no write at all");
            Assert.IsTrue(
                errors.Count == 0 && problems.Count == 0,
                $"{errors.Count} of {report.TotalRequests} requests got no 2xx; the first {ErrorsShown}:\n{string.Join("\n", errors.Take(ErrorsShown))}\n"
                + $"{problems.Count} differences between the acknowledged writes and the database:\n{string.Join("\n", problems)}\n"
                + $"--- host output ---\n{Tail(target.Host.Output)}");
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<LoadTarget> StartAsync(DatabaseEngine engine)
    {
        try
        {
            return await LoadTarget.StartAsync(engine);
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

    private static string Summary(DatabaseEngine engine, LoadSettings settings, TimeSpan elapsed, LoadReport report, int errors, WriteLedger ledger, int problems)
    {
        var records = ledger.Records.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Load test on {engine}: {settings.Clients} clients ({(settings.Clients + 1) / 2} clerks, {settings.Clients / 2} reps) for {elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.TotalRequests} requests, {errors} without a 2xx; records created: {string.Join(", ", records)}; {problems} differences between the acknowledged writes and the database.");
        return text.ToString();
    }

    private void WriteReportFile(DatabaseEngine engine, string markdown)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "load");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"load-{engine.ToString().ToLowerInvariant()}.md");
        File.WriteAllText(path, markdown);
        TestContext.AddResultFile(path);
        TestContext.WriteLine($"Report written to {path}");
    }

    private static string Tail(string output) => output.Length > 4_000 ? "…" + output[^4_000..] : output;
}
