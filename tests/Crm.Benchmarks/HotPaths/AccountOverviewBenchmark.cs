using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Erp;
using Crm.Benchmarks.Setup;
using Crm.Module.Accounts;
using Crm.Module.Data;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// The account overview (account, owner, order statistics and page, invoice count and page,
/// balances, 24 months of revenue, days to pay) of the busiest account, as an administrator sees it.
/// </summary>
[BenchmarkCategory("AccountOverview")]
public class AccountOverviewBenchmark : AddOnBenchmark
{
    private IErpAccounts _accounts = null!;
    private string _statements = string.Empty;
    private Dictionary<string, object?> _parameters = [];

    [Benchmark(Description = "add-on")]
    public Task<AccountOverview> AddOnAsync() => _accounts.GetOverviewAsync(AccountKey, PageSize);

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public Task<List<object[]>> RawAsync() => ReadRawAsync(_statements, _parameters);

    protected override Task PrepareAsync()
    {
        _accounts = AddOn.Container.Resolve<IErpAccounts>();
        _statements = Statements(AddOn.Container.Resolve<AccountSql>());
        _parameters = Parameters(AccountKey, AddOn.Today);
        return Task.CompletedTask;
    }

    /// <summary>The overview's statements as an administrator gets them (invoices included), in one batch.</summary>
    internal static string Statements(AccountSql sql) => sql.Account + sql.Assignment + sql.OrderStats + sql.OrdersPage
        + sql.InvoiceCount + sql.InvoicesPage + sql.Balances + sql.RevenueByMonth + sql.AverageDaysToPay;

    /// <summary>The overview's parameters for one account on <paramref name="today"/>, as the add-on binds them.</summary>
    internal static Dictionary<string, object?> Parameters(string accountKey, DateOnly today) => new()
    {
        ["accountKey"] = accountKey,
        ["crmKey"] = accountKey,
        ["skip"] = 0,
        ["take"] = PageSize,
        ["today"] = DbValues.ToParameter(today),
        ["revenueSince"] = DbValues.ToParameter(new DateOnly(today.Year, today.Month, 1).AddMonths(-23)),
    };
}
