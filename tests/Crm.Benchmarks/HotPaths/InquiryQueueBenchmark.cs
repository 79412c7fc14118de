using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Common;
using Crm.Abstractions.Inquiries;
using Crm.Benchmarks.Setup;
using Crm.Module.Data;
using Crm.Module.Inquiries;

namespace Crm.Benchmarks.HotPaths;

/// <summary>The inquiry queue: the first page of all open inquiries, the ones due first on top, and their count.</summary>
[BenchmarkCategory("InquiryQueue")]
public class InquiryQueueBenchmark : AddOnBenchmark
{
    private IInquiryService _inquiries = null!;
    private InquiryQuery _query = null!;
    private string _statements = string.Empty;
    private Dictionary<string, object?> _parameters = [];

    [Benchmark(Description = "add-on")]
    public Task<Page<Inquiry>> AddOnAsync() => _inquiries.FindAsync(_query);

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public Task<List<object[]>> RawAsync() => ReadRawAsync(_statements, _parameters);

    protected override Task PrepareAsync()
    {
        _inquiries = AddOn.Container.Resolve<IInquiryService>();
        _query = new InquiryQuery(InquiryView.Open, new PageRequest(1, PageSize), Sort: InquirySort.DueFirst);
        var sql = AddOn.Container.Resolve<InquirySql>();
        _parameters = new Dictionary<string, object?>
        {
            ["now"] = DbValues.ToUtcParameter(AddOn.Container.Resolve<TimeProvider>().GetUtcNow()),
            ["skip"] = 0,
            ["take"] = PageSize,
        };
        var statements = sql.Find([sql.InList("i.status", "@open")], InquiryFinder.OrderBy(_query.Sort));
        string[] open = [.. InquiryLifecycle.OpenStatuses.Select(s => s.ToString())];
        _statements = RawCommand.ExpandList(AddOn.Database.Engine, statements, "open", open, _parameters);
        return Task.CompletedTask;
    }
}
