using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>Host.Sample's demo ERP plus the crafted accounts, with the add-on started on it at a fixed time.</summary>
internal static class AccountHistoryRun
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 5, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Crm:Erp:Profile"] = "HostSample", ["Crm:Sales:AccountHistory:TopProducts"] = "200" };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<AddOnOnDatabase> StartAsync(DatabaseEngine engine)
    {
        var run = await AddOnOnDatabase.StartAsync(
            engine,
            async db =>
            {
                await new HostSampleShape().SeedAsync(db, Today);
                await using var connection = await db.OpenConnectionAsync();
                await CraftedAccounts.InsertAsync(connection, Today);
            },
            Settings(),
            new FixedClock(Now));
        run.AddOn.User.UserName = "admin";
        run.AddOn.User.SetRoles(CrmRoles.Admin);
        return run;
    }

    /// <summary>A second host on the same database with other settings (e.g. another mapping).</summary>
    public static async Task<AddOnUnderTest> StartHostAsync(AddOnOnDatabase run, Dictionary<string, string?> extra)
    {
        var host = await AddOnUnderTest.StartAsync(run.Database, Settings(extra), new FixedClock(Now));
        host.User.UserName = "admin";
        host.User.SetRoles(CrmRoles.Admin);
        return host;
    }

    public static IAccountHistory History(this AddOnUnderTest addOn) => addOn.Container.Resolve<IAccountHistory>();

    public static IAccountSegments Segments(this AddOnUnderTest addOn) => addOn.Container.Resolve<IAccountSegments>();

    /// <summary>Every stored segment, read page by page through the service.</summary>
    public static async Task<List<AccountSegment>> AllSegmentsAsync(this IAccountSegments segments, AccountTier? tier = null)
    {
        var all = new List<AccountSegment>();
        for (var page = 1; ; page++)
        {
            var result = await segments.ListAsync(tier, new Crm.Abstractions.Common.PageRequest(page, 200));
            all.AddRange(result.Items);
            if (page >= result.PageCount)
            {
                return all;
            }
        }
    }
}
