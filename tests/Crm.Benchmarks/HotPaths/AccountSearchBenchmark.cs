using System.Data.Common;
using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Benchmarks.Setup;
using Crm.Module.Accounts;
using Crm.Module.Erp.Mapping;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// Account search, the total and the first page, for three kinds of term: <c>gmbh</c> (a part of
/// many German names: 12,455 matches, so the count stops at the limit and the page walks the names), <c>copper bean</c>
/// (177 matches: one pass over the customers, exact count) and <c>zqxw</c> (no match:
/// the worst case, one pass and nothing to stop it).
/// </summary>
/// <remarks>
/// The baseline runs the add-on's statements in the add-on's order (the scan, then where it stopped
/// at the count limit the ordered page), each through a raw command on one connection.
/// </remarks>
[BenchmarkCategory("AccountSearch")]
public class AccountSearchBenchmark : AddOnBenchmark
{
    private IErpAccounts _accounts = null!;
    private AccountSearchStatements _statements = null!;
    private Dictionary<string, object?> _parameters = [];
    private AccountSearchOptions _options = null!;

    [Params("gmbh", "copper bean", "zqxw")]
    public string SearchText { get; set; } = string.Empty;

    [Benchmark(Description = "add-on")]
    public Task<Page<ErpAccount>> AddOnAsync() => _accounts.SearchAsync(SearchText, new PageRequest(1, PageSize));

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public async Task<List<object[]>> RawAsync()
    {
        var connection = await AddOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var scanned = await ReadAsync(connection, _statements.Scan).ConfigureAwait(false);
            var window = (long)_parameters["window"]!;
            return scanned.Count > 0 && Convert.ToInt64(scanned[0][^1], System.Globalization.CultureInfo.InvariantCulture) >= window
                ? await ReadAsync(connection, _statements.OrderedPage).ConfigureAwait(false)
                : scanned;
        }
    }

    protected override Task PrepareAsync()
    {
        _accounts = AddOn.Container.Resolve<IErpAccounts>();
        _options = AddOn.Container.Resolve<AccountSearchOptions>();
        var terms = AccountSearchTerms.Parse(SearchText, AddOn.Container.Resolve<ErpViews>().CustomerKey.Type);
        _statements = AddOn.Container.Resolve<AccountSql>().Search(terms);
        _parameters = new Dictionary<string, object?>
        {
            ["skip"] = 0,
            ["take"] = PageSize,
            ["window"] = (long)Math.Max(_options.CountLimit, PageSize) + 1,
        };
        if (terms.Contains is not null)
        {
            _parameters["contains"] = terms.Contains;
        }

        if (terms.KeyPrefix is not null)
        {
            _parameters["keyPrefix"] = terms.KeyPrefix;
        }

        if (terms.KeyNumber is not null)
        {
            _parameters["keyNumber"] = terms.KeyNumber;
        }

        if (terms.PhoneDigits is not null)
        {
            _parameters["phoneDigits"] = terms.PhoneDigits;
        }

        return Task.CompletedTask;
    }

    private async Task<List<object[]>> ReadAsync(DbConnection connection, string statement)
    {
        using var command = RawCommand.Create(connection, statement, _parameters);
        return await RawCommand.ReadAllAsync(command).ConfigureAwait(false);
    }
}
