using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Accounts;

/// <summary>
/// Account search with a count limit (Crm:Accounts:Search:CountLimit, here 5): above it the total
/// says "more than 5"; the pages stay the plain search's pages, in name and key order, whichever of
/// its statements found them.
/// </summary>
public abstract class AccountSearchLimitContract
{
    private const int CountLimit = 5;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    [TestInitialize]
    public async Task StartAsync()
    {
        var shape = new HostSampleShape();
        var settings = new Dictionary<string, string?>
        {
            ["Crm:Erp:Profile"] = shape.Profile,
            ["Crm:Accounts:Search:CountLimit"] = CountLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _run = await AddOnOnDatabase.StartAsync(Engine, db => shape.SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), settings, new FixedClock(Now));
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
    public async Task Above_the_limit_the_total_says_more_and_every_page_is_the_plain_searchs_page()
    {
        var all = await CustomersByNameAsync(null);
        Assert.IsGreaterThan(3 * CountLimit, all.Count);

        for (var number = 1; number <= 4; number++)
        {
            var page = await _run!.AddOn.Accounts.SearchAsync(null, new PageRequest(number, 3));
            CollectionAssert.AreEqual(all.Skip((number - 1) * 3).Take(3).ToList(), page.Items.Select(a => a.Key).ToList(), $"page {number}");
            Assert.IsTrue(page.TotalCountCapped, $"page {number}");

            // The count goes on to the end of the page asked for, so a later page is never past the total.
            Assert.AreEqual(Math.Max(CountLimit, number * 3), page.TotalCount, $"page {number}");
        }
    }

    [TestMethod]
    public async Task Up_to_the_limit_the_total_is_exact()
    {
        var all = await CustomersByNameAsync(null);
        var key = all[all.Count / 2];

        var byKey = await _run!.AddOn.Accounts.SearchAsync(key, PageRequest.First);

        var expected = await CustomersByNameAsync(key);
        Assert.IsLessThanOrEqualTo(CountLimit, expected.Count);
        CollectionAssert.AreEqual(expected.ToList(), byKey.Items.Select(a => a.Key).ToList());
        Assert.AreEqual(expected.Count, byKey.TotalCount);
        Assert.IsFalse(byKey.TotalCountCapped);

        var none = await _run.AddOn.Accounts.SearchAsync("zqxw-no-such-customer", PageRequest.First);
        Assert.AreEqual(0, none.TotalCount);
        Assert.IsFalse(none.TotalCountCapped);
    }

    [TestMethod]
    public async Task A_page_past_the_end_is_empty_and_still_counted()
    {
        var all = await CustomersByNameAsync(null);
        var key = all[0];
        var matches = (await CustomersByNameAsync(key)).Count;

        var past = await _run!.AddOn.Accounts.SearchAsync(key, new PageRequest(50, 2));

        Assert.IsEmpty(past.Items);
        Assert.AreEqual(matches, past.TotalCount);
        Assert.IsFalse(past.TotalCountCapped);

        var pastAll = await _run.AddOn.Accounts.SearchAsync(null, new PageRequest(all.Count + 1, 1));
        Assert.IsEmpty(pastAll.Items);
        Assert.AreEqual(all.Count, pastAll.TotalCount, "the window reaches past the page asked for, so the count is exact");
        Assert.IsFalse(pastAll.TotalCountCapped);
    }

    // The expected matches, from the ERP table itself: a key's prefix, or a part of a name or e-mail.
    private async Task<IReadOnlyList<string>> CustomersByNameAsync(string? text)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        const string all = "SELECT customer_no FROM erp_customers ORDER BY name, customer_no";
        const string matching = """
            SELECT customer_no FROM erp_customers
            WHERE LOWER(name) LIKE @contains OR LOWER(COALESCE(email, '')) LIKE @contains OR LOWER(customer_no) LIKE @prefix
            ORDER BY name, customer_no
            """;
        return text is null
            ? [.. await connection.QueryAsync<string>(all)]
            : [.. await connection.QueryAsync<string>(matching, new { contains = "%" + text.ToLowerInvariant() + "%", prefix = text.ToLowerInvariant() + "%" })];
    }
}

[TestClass]
public sealed class AccountSearchLimitOnSqliteTests : AccountSearchLimitContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class AccountSearchLimitOnPostgresTests : AccountSearchLimitContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
