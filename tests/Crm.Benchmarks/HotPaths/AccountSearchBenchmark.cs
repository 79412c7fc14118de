using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Benchmarks.Setup;
using Crm.Module.Accounts;
using Crm.Module.Erp.Mapping;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// Account search for "gmbh" (a part of many German names, so the count and the first page by name
/// both have work to do): the total and the first page.
/// </summary>
[BenchmarkCategory("AccountSearch")]
public class AccountSearchBenchmark : AddOnBenchmark
{
    private const string SearchText = "gmbh";

    private IErpAccounts _accounts = null!;
    private string _statements = string.Empty;
    private Dictionary<string, object?> _parameters = [];

    [Benchmark(Description = "add-on")]
    public Task<Page<ErpAccount>> AddOnAsync() => _accounts.SearchAsync(SearchText, new PageRequest(1, PageSize));

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public Task<List<object[]>> RawAsync() => ReadRawAsync(_statements, _parameters);

    protected override Task PrepareAsync()
    {
        _accounts = AddOn.Container.Resolve<IErpAccounts>();
        var terms = AccountSearchTerms.Parse(SearchText, AddOn.Container.Resolve<ErpViews>().CustomerKey.Type);
        _statements = AddOn.Container.Resolve<AccountSql>().Search(terms);
        _parameters = new Dictionary<string, object?> { ["skip"] = 0, ["take"] = PageSize };
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
}
