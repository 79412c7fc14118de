using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Crm.Testing.Databases;
using Autofac;

namespace Crm.Module.Tests.Accounts;

/// <summary>
/// The account overview and search, run against a real database in a real ERP shape. One derived
/// class per engine and shape; every figure is checked against the ERP's physical tables.
/// </summary>
public abstract class AccountOverviewContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    internal abstract ErpShape CreateShape();

    /// <summary>Mapping settings on top of the shape's profile.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    private ErpShape Shape { get; set; } = null!;

    private TestDatabase Database => _run!.Database;

    private AddOnUnderTest AddOn => _run!.AddOn;

    private static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    [TestInitialize]
    public async Task StartAsync()
    {
        Shape = CreateShape();
        var settings = new Dictionary<string, string?>(ExtraSettings) { ["Crm:Erp:Profile"] = Shape.Profile };
        _run = await AddOnOnDatabase.StartAsync(Engine, db => Shape.SeedAsync(db, Today), settings, new FixedClock(Now));
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Overview_figures_match_the_erp_tables_for_every_customer()
    {
        await using var connection = await Database.OpenConnectionAsync();
        var keys = await Shape.CustomerKeysAsync(connection);
        Assert.IsGreaterThan(10, keys.Count);
        var withOverdue = 0;
        foreach (var key in keys)
        {
            var expected = await Shape.ExpectAsync(connection, key, Today);
            var overview = await AddOn.Accounts.GetOverviewAsync(key, 200);

            Assert.AreEqual(key, overview.Account.Key);
            Assert.AreEqual(expected.OrderCount, overview.OrderCount, key);
            Assert.AreEqual(expected.OrderCount, overview.Orders.TotalCount, key);
            Assert.AreEqual(expected.LastOrderDate, overview.LastOrderDate, key);
            foreach (var order in overview.Orders.Items)
            {
                AssertMoney(expected.OrderTotalsByNumber[order.Number], order.Total, $"{key} order {order.Number}");
            }

            CollectionAssert.AreEqual(
                overview.Orders.Items.Select(o => o.OrderDate).OrderDescending().ToList(),
                overview.Orders.Items.Select(o => o.OrderDate).ToList(),
                "orders newest first");

            Assert.IsTrue(overview.InvoicesVisible);
            Assert.AreEqual(expected.InvoiceCount, overview.Invoices!.TotalCount, key);
            Assert.AreEqual(expected.BalancesByCurrency.Count, overview.Balances.Count, key);
            foreach (var balance in overview.Balances)
            {
                var (open, overdue) = expected.BalancesByCurrency[balance.Currency];
                AssertMoney(open, balance.OpenBalance, $"{key} open {balance.Currency}");
                AssertMoney(overdue, balance.OverdueBalance, $"{key} overdue {balance.Currency}");
                withOverdue += balance.OverdueBalance > 0 ? 1 : 0;
            }

            foreach (var month in overview.RevenueByMonth)
            {
                AssertMoney(expected.RevenueByMonth.GetValueOrDefault((month.Month, month.Currency)), month.Revenue, $"{key} revenue {month.Month} {month.Currency}");
            }

            Assert.AreEqual(expected.RevenueByMonth.Values.Sum(), overview.RevenueByMonth.Sum(m => m.Revenue), 0.05m, $"{key} revenue total");
            Assert.AreEqual(expected.AverageDaysToPay, overview.AverageDaysToPay, $"{key} average days to pay");
            foreach (var invoice in overview.Invoices.Items)
            {
                Assert.AreEqual(invoice.Open > 0 && invoice.DueDate < Today, invoice.IsOverdue, $"{key} invoice {invoice.Number}");
            }
        }

        Assert.IsGreaterThan(0, withOverdue, "the demo data has overdue invoices");
    }

    [TestMethod]
    public async Task Revenue_covers_exactly_the_last_24_months_for_each_currency()
    {
        await using var connection = await Database.OpenConnectionAsync();
        var key = (await Shape.CustomerKeysAsync(connection))[0];
        var overview = await AddOn.Accounts.GetOverviewAsync(key, 5);
        var months = overview.RevenueByMonth.Select(m => m.Month).Distinct().ToList();
        if (months.Count > 0)
        {
            Assert.HasCount(24, months);
            Assert.AreEqual("2026-11", months[^1]);
            Assert.AreEqual("2024-12", months[0]);
        }
    }

    [TestMethod]
    public async Task Orders_and_invoices_page_through_the_whole_history_without_gaps()
    {
        await using var connection = await Database.OpenConnectionAsync();
        ExpectedOverview? expected = null;
        var key = string.Empty;
        foreach (var candidate in await Shape.CustomerKeysAsync(connection))
        {
            var figures = await Shape.ExpectAsync(connection, candidate, Today);
            if (figures.OrderCount > (expected?.OrderCount ?? 0))
            {
                (key, expected) = (candidate, figures);
            }
        }

        Assert.IsNotNull(expected);
        Assert.IsGreaterThan(4, expected.OrderCount, "the busiest customer spans several pages");

        var seen = new List<string>();
        for (var page = 1; ; page++)
        {
            var orders = await AddOn.Accounts.GetOrdersAsync(key, new PageRequest(page, 2));
            Assert.AreEqual(expected.OrderCount, orders.TotalCount);
            if (orders.Items.Count == 0)
            {
                break;
            }

            seen.AddRange(orders.Items.Select(o => o.Key));
        }

        Assert.HasCount(expected.OrderCount, seen);
        Assert.HasCount(expected.OrderCount, seen.Distinct());

        var invoices = await AddOn.Accounts.GetInvoicesAsync(key, new PageRequest(1, 200));
        Assert.AreEqual(expected.InvoiceCount, invoices.Items.Count);
        Assert.IsTrue(invoices.Items.Any(i => i.OrderKey is not null), "invoices know their order");
    }

    [TestMethod]
    public async Task Search_finds_accounts_by_key_name_email_and_phone()
    {
        var all = await AddOn.Accounts.SearchAsync(null, new PageRequest(1, 200));
        await using var connection = await Database.OpenConnectionAsync();
        Assert.AreEqual((await Shape.CustomerKeysAsync(connection)).Count, all.TotalCount, "only customers, never suppliers or leads");
        CollectionAssert.AreEqual(all.Items.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(), all.Items.Select(a => a.Name).ToList(), StringComparer.Ordinal, "ordered by name");

        var sample = all.Items[all.Items.Count / 2];
        var byKey = await AddOn.Accounts.SearchAsync(sample.Key, PageRequest.First);
        Assert.IsTrue(byKey.Items.Any(a => a.Key == sample.Key), "by key");

        var nameFragment = sample.Name.Length > 4 ? sample.Name[1..4] : sample.Name;
        var byName = await AddOn.Accounts.SearchAsync(nameFragment, new PageRequest(1, 200));
        Assert.IsTrue(byName.Items.Any(a => a.Key == sample.Key), $"by name fragment '{nameFragment}'");

        var withEmail = all.Items.First(a => !string.IsNullOrEmpty(a.Email));
        var byEmail = await AddOn.Accounts.SearchAsync(withEmail.Email!.ToUpperInvariant(), new PageRequest(1, 200));
        Assert.IsTrue(byEmail.Items.Any(a => a.Key == withEmail.Key), "by e-mail, ignoring case");

        var withPhone = all.Items.First(a => a.Phone is { Length: > 6 });
        var digits = new string(withPhone.Phone!.Where(char.IsAsciiDigit).ToArray());
        var byPhone = await AddOn.Accounts.SearchAsync(digits[^6..], new PageRequest(1, 200));
        Assert.IsTrue(byPhone.Items.Any(a => a.Key == withPhone.Key), $"by phone digits of '{withPhone.Phone}'");

        var hangul = all.Items.FirstOrDefault(a => a.Name.Any(c => c is >= '\uAC00' and <= '\uD7A3'));
        Assert.IsNotNull(hangul, "the demo data has Korean names");
        var byHangul = await AddOn.Accounts.SearchAsync(hangul.Name[..2], new PageRequest(1, 200));
        Assert.IsTrue(byHangul.Items.Any(a => a.Key == hangul.Key), "by Hangul name");

        var none = await AddOn.Accounts.SearchAsync("%_' OR 1=1 --", PageRequest.First);
        Assert.AreEqual(0, none.TotalCount, "wildcards and quotes are searched literally");
    }

    [TestMethod]
    public async Task An_unknown_account_is_not_found_whatever_its_key_looks_like()
    {
        foreach (var key in new[] { "NO-SUCH-KEY", "999999999", "' OR '1'='1", "x/../y", "nul\0key", "\u0001", new string('k', 300) })
        {
            var e = await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => AddOn.Accounts.GetOverviewAsync(key, 10));
            Assert.AreEqual("account", e.Kind);
        }
    }

    [TestMethod]
    public async Task The_invoice_part_needs_finance_sales_manager_or_admin()
    {
        await using var connection = await Database.OpenConnectionAsync();
        var key = (await Shape.CustomerKeysAsync(connection))[0];
        foreach (var role in new[] { CrmRoles.OrderClerk, CrmRoles.SalesRep })
        {
            AddOn.User.SetRoles(role);
            var overview = await AddOn.Accounts.GetOverviewAsync(key, 10);
            Assert.IsFalse(overview.InvoicesVisible, role);
            Assert.IsNull(overview.Invoices);
            Assert.IsEmpty(overview.Balances);
            Assert.IsEmpty(overview.RevenueByMonth);
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.Accounts.GetInvoicesAsync(key, PageRequest.First));
        }

        foreach (var role in new[] { CrmRoles.Finance, CrmRoles.SalesManager, CrmRoles.Admin })
        {
            AddOn.User.SetRoles(role);
            Assert.IsTrue((await AddOn.Accounts.GetOverviewAsync(key, 10)).InvoicesVisible, role);
        }

        AddOn.User.SetRoles();
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.Accounts.GetOverviewAsync(key, 10));
        AddOn.User.IsAuthenticated = false;
        AddOn.User.SetRoles(CrmRoles.Admin);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.Accounts.SearchAsync("a", PageRequest.First));
    }

    [TestMethod]
    public async Task The_add_on_never_writes_an_erp_table()
    {
        var before = await ErpFingerprint.TakeAsync(Database, Shape.ErpTables);
        await using var connection = await Database.OpenConnectionAsync();
        foreach (var key in (await Shape.CustomerKeysAsync(connection)).Take(10))
        {
            await AddOn.Accounts.GetOverviewAsync(key, 50);
            await AddOn.Accounts.SearchAsync(key, PageRequest.First);
        }

        await AddOn.Container.Resolve<IAccountOwners>().AssignAsync((await Shape.CustomerKeysAsync(connection))[0], "rep", 0);

        // A second start runs validation and migrations again.
        await AddOnUnderTest.StartHostedServicesAsync(AddOn.Container);
        Assert.AreEqual(before, await ErpFingerprint.TakeAsync(Database, Shape.ErpTables));
    }

    [TestMethod]
    public async Task An_owner_is_assigned_changed_and_cleared_with_optimistic_concurrency()
    {
        var owners = AddOn.Container.Resolve<IAccountOwners>();
        await using var connection = await Database.OpenConnectionAsync();
        var key = (await Shape.CustomerKeysAsync(connection))[1];
        AddOn.User.SetRoles(CrmRoles.SalesManager);

        Assert.AreEqual(new AccountAssignment(key, null, 0, null, null), await owners.GetAsync(key));
        var first = await owners.AssignAsync(key, "  rep  ", 0);
        Assert.AreEqual("rep", first.OwnerUserName);
        Assert.AreEqual(1, first.Version);

        var overview = await AddOn.Accounts.GetOverviewAsync(key, 5);
        Assert.AreEqual(first with { UpdatedAt = overview.Assignment.UpdatedAt }, overview.Assignment);
        Assert.AreEqual(Now, overview.Assignment.UpdatedAt);
        Assert.AreEqual("tester", overview.Assignment.UpdatedBy);

        var second = await owners.AssignAsync(key, "rep2", 1);
        Assert.AreEqual(2, second.Version);
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => owners.AssignAsync(key, "rep3", 1));
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => owners.AssignAsync(key, "rep3", 0));
        Assert.AreEqual("rep2", (await owners.GetAsync(key)).OwnerUserName, "a stale write changes nothing");

        var cleared = await owners.AssignAsync(key, null, 2);
        Assert.IsNull(cleared.OwnerUserName);
        Assert.AreEqual(3, (await owners.GetAsync(key)).Version);
    }

    [TestMethod]
    public async Task Assigning_an_owner_checks_role_input_and_account_before_writing()
    {
        var owners = AddOn.Container.Resolve<IAccountOwners>();
        await using var connection = await Database.OpenConnectionAsync();
        var key = (await Shape.CustomerKeysAsync(connection))[2];

        AddOn.User.SetRoles(CrmRoles.SalesRep, CrmRoles.Finance, CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => owners.AssignAsync(key, "rep", 0));

        AddOn.User.SetRoles(CrmRoles.Admin);
        var tooLong = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => owners.AssignAsync(key, new string('r', 101), 0));
        Assert.IsTrue(tooLong.Errors.ContainsKey("owner"));
        var control = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => owners.AssignAsync(key, "re\u0007p", 0));
        Assert.IsTrue(control.Errors.ContainsKey("owner"));
        var version = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => owners.AssignAsync(key, "rep", -1));
        Assert.IsTrue(version.Errors.ContainsKey("version"));
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => owners.AssignAsync("NO-SUCH-KEY", "rep", 0));

        Assert.AreEqual(0, (await owners.GetAsync(key)).Version, "nothing was written");
    }

    [TestMethod]
    public async Task Of_many_concurrent_first_assignments_exactly_one_wins()
    {
        await using var connection = await Database.OpenConnectionAsync();
        var key = (await Shape.CustomerKeysAsync(connection))[3];
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await AddOn.Container.Resolve<IAccountOwners>().AssignAsync(key, $"rep{i}", 0);
                return true;
            }
            catch (CrmConflictException)
            {
                return false;
            }
        });

        var results = await Task.WhenAll(attempts);
        Assert.AreEqual(1, results.Count(won => won));
        Assert.AreEqual(1, (await AddOn.Container.Resolve<IAccountOwners>().GetAsync(key)).Version);
    }

    private static void AssertMoney(decimal expected, decimal actual, string what) =>
        Assert.AreEqual(expected, actual, 0.005m, what);
}
