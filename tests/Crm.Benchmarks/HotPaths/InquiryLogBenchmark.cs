using System.Globalization;
using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Inquiries;
using Crm.Benchmarks.Setup;
using Crm.Module.Data;
using Crm.Module.Inquiries;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// Logging an inquiry on the busiest account: the add-on checks the account, takes a gap-free
/// number, routes, and writes the inquiry, its timeline entry, its audit entry and its outbox events
/// in one transaction. The baseline is the bare INSERT of the inquiry row (the add-on's own
/// statement, in its own implicit transaction). Both write into a copy of the generated database.
/// </summary>
[BenchmarkCategory("InquiryLog")]
public class InquiryLogBenchmark : AddOnBenchmark
{
    private ScratchCopy? _copy;
    private IInquiryService _inquiries = null!;
    private LogInquiry _request = null!;
    private string _insert = string.Empty;
    private Dictionary<string, object?> _row = [];
    private long _rawNumber;

    [Benchmark(Description = "add-on")]
    public Task<Inquiry> AddOnAsync() => _inquiries.LogAsync(_request);

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public async Task<object?> RawAsync()
    {
        _row["Number"] = string.Create(CultureInfo.InvariantCulture, $"RAW-{++_rawNumber:000000000}");
        var connection = await AddOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = RawCommand.Create(connection, _insert, _row);
            return await command.ExecuteScalarAsync().ConfigureAwait(false);
        }
    }

    private protected override async Task<BenchmarkTarget> TargetAsync()
    {
        _copy = await ScratchCopy.CreateAsync(BenchmarkTarget.Current).ConfigureAwait(false);
        return _copy.Target;
    }

    protected override Task PrepareAsync()
    {
        _inquiries = AddOn.Container.Resolve<IInquiryService>();
        _request = new LogInquiry(AccountKey, "Delivery date of the last order", InquiryChannel.Phone, Text: "The customer asks when the goods arrive.", ContactName: "Anna Berger");
        _insert = AddOn.Container.Resolve<InquirySql>().Insert;
        var now = AddOn.Container.Resolve<TimeProvider>().GetUtcNow();
        _row = new Dictionary<string, object?>
        {
            ["Number"] = null,
            ["AccountKey"] = AccountKey,
            ["Subject"] = _request.Subject,
            ["Body"] = _request.Text,
            ["Channel"] = nameof(InquiryChannel.Phone),
            ["ContactName"] = _request.ContactName,
            ["OrderKey"] = null,
            ["InvoiceKey"] = null,
            ["Category"] = InquiryCategories.General,
            ["Priority"] = nameof(InquiryPriority.Normal),
            ["Status"] = nameof(InquiryStatus.New),
            ["Team"] = "service",
            ["Assignee"] = "bench",
            ["DueDate"] = null,
            ["FrTargetSeconds"] = 4 * 3600,
            ["FrDueAt"] = DbValues.ToUtcParameter(now.AddHours(4)),
            ["FrAtRiskAt"] = DbValues.ToUtcParameter(now.AddHours(3)),
            ["FrPausedAt"] = null,
            ["FrMetAt"] = null,
            ["ResTargetSeconds"] = 3 * 8 * 3600,
            ["ResDueAt"] = DbValues.ToUtcParameter(now.AddDays(3)),
            ["ResAtRiskAt"] = DbValues.ToUtcParameter(now.AddDays(2)),
            ["ResPausedAt"] = null,
            ["ResMetAt"] = null,
            ["ResolutionNote"] = null,
            ["CreatedAt"] = DbValues.ToUtcParameter(now),
            ["CreatedBy"] = "bench",
            ["UpdatedAt"] = DbValues.ToUtcParameter(now),
            ["UpdatedBy"] = "bench",
            ["Version"] = 1,
        };
        return Task.CompletedTask;
    }

    protected override async Task ReleaseAsync()
    {
        if (_copy is not null)
        {
            await _copy.Drop().ConfigureAwait(false);
            _copy = null;
        }
    }
}
