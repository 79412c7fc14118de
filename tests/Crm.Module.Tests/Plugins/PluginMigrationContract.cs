using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module.Jobs;
using Crm.Module.Tests.Events;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// Plugins' migrations and scheduled jobs on a real database: a plugin's prefixed tables are created
/// at start and recorded in its own version table; a plugin whose migration touches another table is
/// refused whole, and one whose migration fails keeps what came before it and nothing of the failing
/// one; both are listed as failed while the host and the other plugins run. The good plugin's job runs
/// on its schedule with its parameters, into its table, and admins see its last run.
/// One derived class per engine.
/// </summary>
public abstract class PluginMigrationContract
{
    private const string Vehicles = "Crm.TestPlugin.Vehicles";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private PluginFolder? _folder;
    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private IContainer Container => _run!.AddOn.Container;

    [TestInitialize]
    public async Task StartAsync()
    {
        _folder = PluginFolder.Create().Add(Vehicles).Add("Crm.TestPlugin.BadMigration").Add("Crm.TestPlugin.FailingMigration");
        _run = await AddOnOnDatabase.StartAsync(Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), Settings(), new FixedClock(Now));
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }

        _folder?.Dispose();
    }

    [TestMethod]
    public async Task A_plugins_migration_creates_its_prefixed_table_and_records_it_in_its_version_table()
    {
        CollectionAssert.AreEqual(new[] { "veh_vehicles", "veh_versions" }, (await PluginTables.NamesAsync(_run!.Database, "veh_")).ToList());
        await using var connection = await _run.Database.OpenConnectionAsync();
        Assert.AreEqual(1L, await connection.ExecuteScalarAsync<long>("SELECT version FROM veh_versions"));
        Assert.IsTrue(StatusOf(Vehicles).Loaded, StatusOf(Vehicles).Reason);
    }

    [TestMethod]
    public async Task A_second_start_on_the_same_database_applies_nothing_again()
    {
        await using var second = await AddOnUnderTest.StartAsync(_run!.Database, Settings(), new FixedClock(Now));

        await using var connection = await _run.Database.OpenConnectionAsync();
        Assert.AreEqual(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM veh_versions"));
        Assert.IsTrue(second.Container.Resolve<IEnumerable<IPluginDirectory>>().SelectMany(d => d.Plugins).Single(p => p.Id == Vehicles).Loaded);
    }

    [TestMethod]
    public async Task A_migration_touching_a_table_without_the_prefix_is_refused_and_nothing_of_the_plugin_is_applied()
    {
        var bad = StatusOf("Crm.TestPlugin.BadMigration");

        Assert.IsFalse(bad.Loaded);
        StringAssert.Contains(bad.Reason, "migration 2 (AlterAccounts) was refused");
        StringAssert.Contains(bad.Reason, "'crm_accounts'");
        Assert.IsEmpty(await PluginTables.NamesAsync(_run!.Database, "bad_"));
        CollectionAssert.DoesNotContain((await PluginTables.ColumnsAsync(_run.Database, "crm_accounts")).ToList(), "bad_flag");
    }

    [TestMethod]
    public async Task A_failing_migration_leaves_its_plugin_failed_keeps_the_earlier_one_and_nothing_of_itself()
    {
        var failing = StatusOf("Crm.TestPlugin.FailingMigration");

        Assert.IsFalse(failing.Loaded);
        StringAssert.Contains(failing.Reason, "Its migrations failed");
        CollectionAssert.AreEqual(new[] { "fail_parts", "fail_versions" }, (await PluginTables.NamesAsync(_run!.Database, "fail_")).ToList());
        await using var connection = await _run.Database.OpenConnectionAsync();
        Assert.AreEqual(1L, await connection.ExecuteScalarAsync<long>("SELECT MAX(version) FROM fail_versions"));
    }

    [TestMethod]
    public async Task The_plugins_job_runs_on_its_schedule_into_its_table_and_admins_see_its_last_run()
    {
        var services = Container.Resolve<IEnumerable<IHostedService>>().ToList();
        try
        {
            foreach (var service in services)
            {
                await service.StartAsync(CancellationToken.None);
            }

            await using var connection = await _run!.Database.OpenConnectionAsync();
            await Eventually.TrueAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_job_runs WHERE job_code = 'veh.import'") > 0, "the job ran");

            Assert.AreEqual("WVWZZZ1JZXW000001", await connection.ExecuteScalarAsync<string>("SELECT vin FROM veh_vehicles ORDER BY id"));
            _run.AddOn.User.SetRoles(CrmRoles.Admin);
            using var scope = Container.BeginLifetimeScope();
            var jobs = await scope.Resolve<JobList>().GetAsync(CancellationToken.None);
            // The add-on's own jobs (the privacy retention rules) are listed too: the plugin's is the one with a plugin.
            var job = jobs.Single(j => j.Plugin is not null);
            Assert.AreEqual(("veh.import", "Vehicle import (test plugin)", Vehicles, "* * * * * ?", true), (job.Code, job.Name, job.Plugin, job.Schedule, job.Enabled));
            Assert.AreEqual(JobRun.Succeeded, job.LastRun?.Outcome);
            Assert.IsNull(job.LastRun?.Error);
            Assert.AreEqual(Now, job.LastRun?.StartedAt);
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(services))
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    [TestMethod]
    public async Task Only_admins_see_the_jobs()
    {
        _run!.AddOn.User.SetRoles(CrmRoles.SalesRep, CrmRoles.SalesManager);
        using var scope = Container.BeginLifetimeScope();

        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => scope.Resolve<JobList>().GetAsync(CancellationToken.None));
    }

    private PluginStatus StatusOf(string id) =>
        Container.Resolve<IEnumerable<IPluginDirectory>>().SelectMany(d => d.Plugins).Single(p => p.Id == id);

    private Dictionary<string, string?> Settings()
    {
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Plugins:Folder"] = _folder!.Path;
        settings["Crm:Jobs:veh.import:Schedule"] = "* * * * * ?";
        settings["Crm:Jobs:veh.import:Parameters:vin"] = "WVWZZZ1JZXW000001";
        return settings;
    }
}

[TestClass]
public sealed class PluginMigrationOnSqliteTests : PluginMigrationContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PluginMigrationOnPostgresTests : PluginMigrationContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
