using System.Globalization;
using Crm.Abstractions.Inquiries;
using Crm.Module.Inquiries;
using Crm.Module.Inquiries.ServiceTargets;
using Crm.Scale.Erp;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Crm;

/// <summary>
/// Inquiries (<c>crm_inquiries</c>) over the last year, more of them recent, with their timelines
/// (<c>crm_inquiry_timeline</c>). Each is routed as Host.Sample's settings route it (invoice disputes
/// to finance, complaints to the account owner, the rest round robin in customer service), walks the
/// status path its age suggests, and carries service targets computed by the add-on's own
/// <see cref="InquiryTargets"/> on Host.Sample's working calendar, so queues and at-risk views see
/// them as the add-on's own. Numbers are the add-on's, per year, in creation order.
/// </summary>
internal sealed class CrmInquiries(ScaleSettings settings, ScaleCustomers customers, CrmAccounts accounts, ErpFacts facts)
{
    private static readonly (string Code, int Weight)[] Categories =
        [("general", 15), ("delivery-status", 30), ("invoice-dispute", 15), ("complaint", 10), ("return", 15), ("product-question", 15)];

    private static readonly (InquiryChannel Channel, int Weight)[] Channels =
        [(InquiryChannel.Phone, 40), (InquiryChannel.Email, 35), (InquiryChannel.Web, 15), (InquiryChannel.Letter, 5), (InquiryChannel.WalkIn, 5)];

    private static readonly string[] ServiceTeam = [CrmUsers.Clerk, CrmUsers.Admin];

    private static readonly InquiryCategories BuiltInCategories = new([]);

    private readonly InquiryTargets _targets = new(new BusinessClock(new WorkingCalendar(HostSampleCalendar())), new ServiceTargetCatalog(HostSampleTargets(), BuiltInCategories));

    public sealed record Inquiry(string Number, int CustomerIndex, object?[] Row, IReadOnlyList<object?[]> Timeline);

    /// <summary>The numbers the last enumeration handed out, for <c>crm_sequences</c>.</summary>
    public YearNumbers Numbers { get; private set; } = new("INQ", "inquiry");

    public IEnumerable<Inquiry> Enumerate()
    {
        var random = new Random(settings.Seed + 6);
        var numbers = Numbers = new YearNumbers("INQ", "inquiry");
        var now = CrmClock.Now(settings);
        var start = now.AddDays(-365);
        var count = settings.Counts.Inquiries;
        var roundRobin = 0;
        long timelineId = 0;
        for (var index = 0; index < count; index++)
        {
            // Creation times rise with the index, denser towards today.
            var createdAt = start + ((now - start) * Math.Pow((index + random.NextDouble()) / count, 0.7));
            var category = random.PickWeighted(Categories);
            var (customerIndex, orderKey, invoiceKey) = Subject(random, category);
            var customer = customers.All[customerIndex].Row;
            var owner = accounts.OwnerOf(customerIndex);
            (string? Team, string Assignee) route = category switch
            {
                "invoice-dispute" => ("finance", CrmUsers.Finance),
                "complaint" when owner is not null => (null, owner),
                _ => ("service", ServiceTeam[roundRobin++ % ServiceTeam.Length]),
            };
            var (team, assignee) = route;
            var defaultPriority = BuiltInCategories.Find(category)!.DefaultPriority;
            var priority = random.Chance(0.05) ? InquiryPriority.Urgent : defaultPriority;
            var row = new InquiryRow
            {
                Id = index + 1L,
                Number = numbers.Next(createdAt),
                AccountKey = customer.CustomerNo,
                Subject = SubjectLine(category, orderKey, invoiceKey),
                Channel = random.PickWeighted(Channels).ToString(),
                ContactName = random.Chance(0.6) ? customer.Name : null,
                OrderKey = orderKey,
                InvoiceKey = invoiceKey,
                Category = category,
                Priority = priority.ToString(),
                Status = nameof(InquiryStatus.New),
                Team = team,
                Assignee = assignee,
                CreatedAt = createdAt,
                CreatedBy = random.Chance(0.8) ? CrmUsers.Clerk : assignee,
                Version = 1,
            };
            var createdUtc = CrmClock.AsUtc(createdAt);
            var (firstResponse, resolution) = _targets.Start(createdUtc, priority, category);
            firstResponse.WriteTo(row, InquiryTargetKind.FirstResponse);
            resolution.WriteTo(row, InquiryTargetKind.Resolution);
            var timeline = new List<object?[]> { new object?[] { ++timelineId, row.Id, createdAt, row.CreatedBy, "Logged", null, "New", team, assignee, null } };
            var path = PathFor(random, (now - createdAt).TotalDays);
            var at = createdAt;
            foreach (var to in path)
            {
                // Each step takes a share of the time left until now, so nothing happens in the future.
                at += (now - at) * (0.05 + (0.4 * random.NextDouble()));
                var from = Enum.Parse<InquiryStatus>(row.Status);
                var note = to == InquiryStatus.Resolved ? "Resolved with the customer." : null;
                _targets.Apply(row, from, to, CrmClock.AsUtc(at));
                row.Status = to.ToString();
                row.ResolutionNote ??= note;
                row.Version++;
                timeline.Add([++timelineId, row.Id, at, assignee, "StatusChanged", from.ToString(), to.ToString(), team, assignee, note]);
            }

            row.UpdatedAt = at;
            row.UpdatedBy = path.Count == 0 ? row.CreatedBy : assignee;
            yield return new Inquiry(row.Number, customerIndex, RowOf(row), timeline);
        }
    }

    // Older inquiries are mostly closed; today's are mostly new or being worked on.
    private static List<InquiryStatus> PathFor(Random random, double ageDays)
    {
        var roll = random.Next(100);
        var end = ageDays switch
        {
            < 2 => roll < 50 ? InquiryStatus.New : roll < 85 ? InquiryStatus.InProgress : InquiryStatus.WaitingOnCustomer,
            < 14 => roll < 10 ? InquiryStatus.New : roll < 50 ? InquiryStatus.InProgress : roll < 70 ? InquiryStatus.WaitingOnCustomer : roll < 90 ? InquiryStatus.Resolved : InquiryStatus.Closed,
            _ => roll < 5 ? InquiryStatus.InProgress : roll < 10 ? InquiryStatus.WaitingOnCustomer : roll < 25 ? InquiryStatus.Resolved : InquiryStatus.Closed,
        };
        return end switch
        {
            InquiryStatus.New => [],
            InquiryStatus.InProgress => [InquiryStatus.InProgress],
            InquiryStatus.WaitingOnCustomer => [InquiryStatus.InProgress, InquiryStatus.WaitingOnCustomer],
            InquiryStatus.Resolved => [InquiryStatus.InProgress, InquiryStatus.Resolved],
            _ => [InquiryStatus.InProgress, InquiryStatus.Resolved, InquiryStatus.Closed],
        };
    }

    // Questions about deliveries, returns and complaints concern one of the newer orders (the account
    // is the order's customer); disputes one of the newer invoices; the rest a customer.
    private (int CustomerIndex, string? OrderKey, string? InvoiceKey) Subject(Random random, string category)
    {
        var orders = facts.OrderCustomers;
        var invoices = facts.InvoiceCustomers;
        switch (category)
        {
            case "delivery-status" or "return" or "complaint" when orders.Count > 0:
                var order = orders.Count - 1 - random.Next(Math.Max(1, orders.Count / 5));
                return (orders[order], (ScaleOrders.FirstOrderNo + order).ToString(CultureInfo.InvariantCulture), null);
            case "invoice-dispute" when invoices.Count > 0:
                var invoice = invoices.Count - 1 - random.Next(Math.Max(1, invoices.Count / 5));
                return (invoices[invoice], null, facts.InvoiceNo(invoice));
            default:
                return (random.Next(customers.All.Count), null, null);
        }
    }

    private static string SubjectLine(string category, string? orderKey, string? invoiceKey) => category switch
    {
        "delivery-status" => $"Where is order {orderKey}?",
        "return" => $"Return of goods from order {orderKey}",
        "complaint" => $"Complaint about order {orderKey}",
        "invoice-dispute" => $"Invoice {invoiceKey} does not match the order",
        "product-question" => "Question about descaling the machine",
        _ => "Callback requested",
    };

    private static object?[] RowOf(InquiryRow row) =>
    [
        row.Id, row.Number, row.AccountKey, row.Subject, row.Body, row.Channel, row.ContactName, row.OrderKey, row.InvoiceKey,
        row.Category, row.Priority, row.Status, row.Team, row.Assignee, row.DueDate,
        row.FrTargetSeconds, row.FrDueAt, row.FrAtRiskAt, row.FrPausedAt, row.FrMetAt,
        row.ResTargetSeconds, row.ResDueAt, row.ResAtRiskAt, row.ResPausedAt, row.ResMetAt,
        row.ResolutionNote, row.CreatedAt, row.CreatedBy, row.UpdatedAt, row.UpdatedBy, row.Version,
    ];

    // Host.Sample's appsettings.json: Crm:Inquiries:WorkingCalendar and Crm:Inquiries:ServiceTargets.
    private static WorkingCalendarOptions HostSampleCalendar() => new()
    {
        TimeZone = "Europe/Berlin",
        Holidays = ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01"],
    };

    private static ServiceTargetOptions[] HostSampleTargets() =>
    [
        new() { Priority = "Urgent", FirstResponseHours = 1, ResolutionHours = 8 },
        new() { Priority = "High", FirstResponseHours = 4, ResolutionHours = 16 },
        new() { Priority = "Normal", FirstResponseHours = 8, ResolutionHours = 40 },
        new() { Priority = "Low", FirstResponseHours = 16, ResolutionHours = 80 },
        new() { Priority = "High", Category = "complaint", FirstResponseHours = 2, ResolutionHours = 16, AtRiskShare = 0.5 },
    ];
}
