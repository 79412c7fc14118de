using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Sales.Forecast;

/// <summary>Sales targets: set by a team's manager at the version read, read by the team, finance and admins.</summary>
public abstract class SalesTargetContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private ISalesTargets Targets => AddOn.Container.Resolve<ISalesTargets>();

    [TestInitialize]
    public async Task StartAsync() =>
        _run = await AddOnOnDatabase.StartAsync(Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), Settings(), new FixedClock(Now));

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_manager_sets_the_targets_of_their_team_at_the_version_read()
    {
        SignIn("anna", CrmRoles.SalesManager);
        var first = await Targets.SetAsync("rep1", "2026-12", "eur", 50_000.25m, 0);
        Assert.AreEqual(("rep1", "2026-12", "EUR", 50_000.25m, 1), (first.Owner, first.Month, first.Currency, first.Amount, first.Version));
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Targets.SetAsync("rep1", "2026-12", "EUR", 1m, 0), "already set");
        var raised = await Targets.SetAsync("rep1", "2026-12", "EUR", 60_000m, first.Version);
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Targets.SetAsync("rep1", "2026-12", "EUR", 2m, first.Version), "stale");
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Targets.SetAsync("rep3", "2026-12", "EUR", 1m, 0), "another manager's rep");
        await Targets.SetAsync("rep2", "2027-01", "KRW", 70_000_000m, 0);

        SignIn("rep1", CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Targets.SetAsync("rep1", "2027-01", "EUR", 1m, 0));
        var own = await Targets.ListAsync("2026-11", "2027-02", null);
        Assert.AreEqual(raised, own.Single(), "a rep reads only their own targets");

        SignIn("frieda", CrmRoles.Finance);
        var all = await Targets.ListAsync("2026-11", "2027-02", null);
        CollectionAssert.AreEqual(new[] { "rep1 2026-12", "rep2 2027-01" }, all.Select(t => $"{t.Owner} {t.Month}").ToArray());
        Assert.AreEqual(70_000_000m, (await Targets.ListAsync("2027-01", "2027-01", "rep2")).Single().Amount);
    }

    [TestMethod]
    public async Task Bad_input_is_named_field_by_field()
    {
        SignIn("root", CrmRoles.Admin);

        var bad = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Targets.SetAsync(" ", "2026-13", "EURO", -1m, -1));
        CollectionAssert.AreEquivalent(new[] { "owner", "month", "currency", "amount", "version" }, bad.Errors.Keys.ToList());
        var precise = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Targets.SetAsync("rep1", "2026-12", "EUR", 1.00001m, 0));
        Assert.IsTrue(precise.Errors.ContainsKey("amount"));
        var backwards = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Targets.ListAsync("2027-01", "2026-01", null));
        Assert.IsTrue(backwards.Errors.ContainsKey("to"));
        var tooLong = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Targets.ListAsync("2020-01", "2026-01", null));
        Assert.IsTrue(tooLong.Errors.ContainsKey("to"));
        Assert.IsEmpty(await Targets.ListAsync("2020-01", "2022-12", null));
    }

    private void SignIn(string userName, string role)
    {
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(role);
    }

    private static Dictionary<string, string?> Settings() => new(InquiryTestSettings.For("HostSample"))
    {
        ["Crm:Sales:Teams:0:Name"] = "North",
        ["Crm:Sales:Teams:0:Managers:0"] = "anna",
        ["Crm:Sales:Teams:0:Members:0"] = "rep1",
        ["Crm:Sales:Teams:0:Members:1"] = "rep2",
        ["Crm:Sales:Teams:1:Name"] = "South",
        ["Crm:Sales:Teams:1:Managers:0"] = "bert",
        ["Crm:Sales:Teams:1:Members:0"] = "rep3",
    };
}

[TestClass]
public sealed class SqliteSalesTargetTests : SalesTargetContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresSalesTargetTests : SalesTargetContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerSalesTargetTests : SalesTargetContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
