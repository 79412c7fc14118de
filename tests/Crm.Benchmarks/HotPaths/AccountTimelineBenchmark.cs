using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Benchmarks.Setup;
using Crm.Module.Accounts;

namespace Crm.Benchmarks.HotPaths;

/// <summary>The first page of the busiest account's timeline over all kinds (activities, inquiries, orders, invoices).</summary>
[BenchmarkCategory("AccountTimeline")]
public class AccountTimelineBenchmark : AddOnBenchmark
{
    private IAccountTimeline _timeline = null!;
    private string _statements = string.Empty;
    private Dictionary<string, object?> _parameters = [];

    [Benchmark(Description = "add-on")]
    public Task<Page<AccountTimelineEntry>> AddOnAsync() => _timeline.GetAsync(AccountKey, [], new PageRequest(1, PageSize));

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public Task<List<object[]>> RawAsync() => ReadRawAsync(_statements, _parameters);

    protected override Task PrepareAsync()
    {
        _timeline = AddOn.Container.Resolve<IAccountTimeline>();
        _statements = ((AccountTimeline)_timeline).Statements(Enum.GetValues<AccountTimelineKind>());
        _parameters = new Dictionary<string, object?> { ["accountKey"] = AccountKey, ["crmKey"] = AccountKey, ["skip"] = 0, ["take"] = PageSize };
        return Task.CompletedTask;
    }
}
