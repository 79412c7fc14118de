using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using ErpCrm.Automotive.Sales;

namespace ErpCrm.Automotive.Service;

/// <summary>
/// Proposes a service appointment for every car the dealer sold whose periodic service comes up
/// (see <see cref="ServiceSchedule"/>), for the buyer's account owner to call the customer and book
/// the workshop. Once per car and service: the subject is the car (its VIN when the ERP line names
/// one, else the order line) and the period is the month the service is due. A car sold again is
/// serviced for its latest buyer only.
/// </summary>
/// <remarks>
/// Parameters (<c>Crm:FollowUps:Rules:auto.service-due:Parameters</c>): <c>ProductPrefixes</c>
/// (vehicle product keys, comma-separated; <c>VEH-</c>), <c>IntervalMonths</c> (12),
/// <c>DaysAhead</c> (30), <c>DaysOverdue</c> (14), <c>LookBackYears</c> (how old a sale may be; 10),
/// <c>Assignee</c> (who gets the appointment when the account has no owner; without it such cars are
/// skipped) and <c>ActivityType</c> (<c>auto.service-appointment</c>).
/// </remarks>
internal sealed class ServiceDueRule(VehicleSales sales) : IFollowUpRule
{
    private const int MaximumSubjectLength = 200;

    public string Code => AutomotiveCodes.ServiceDueRule;

    public string Name => "Vehicle service due";

    public string DefaultSchedule => "0 30 6 * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = context.Parameters;
        var schedule = new ServiceSchedule(
            Positive(parameters, "IntervalMonths", 12),
            Positive(parameters, "DaysAhead", 30),
            Positive(parameters, "DaysOverdue", 14));
        var fallbackAssignee = parameters.GetValueOrDefault("Assignee") is { Length: > 0 } configured ? configured.Trim() : null;
        var activityType = parameters.GetValueOrDefault("ActivityType") is { Length: > 0 } type ? type.Trim() : AutomotiveCodes.ServiceAppointment;
        var today = DateOnly.FromDateTime(context.Now.Date);

        var latestSaleOfVin = new Dictionary<string, VehicleSale>(StringComparer.Ordinal);
        var salesWithoutVin = new List<VehicleSale>();
        var from = today.AddYears(-Positive(parameters, "LookBackYears", 10));
        await foreach (var sale in sales.ReadAsync(VehicleSales.PrefixesFrom(parameters), from, today, cancellationToken).ConfigureAwait(false))
        {
            if (sale.Vin is null)
            {
                salesWithoutVin.Add(sale);
            }
            else
            {
                // Oldest order first: a later sale of the same car replaces the earlier one.
                latestSaleOfVin[sale.Vin] = sale;
            }
        }

        foreach (var sale in latestSaleOfVin.Values.Concat(salesWithoutVin))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var assignee = sale.Line.AccountOwner ?? fallbackAssignee;
            if (assignee is null || schedule.UpOn(sale.Line.OrderDate, today) is not { } service)
            {
                continue;
            }

            yield return new FollowUpProposal(
                SubjectKey(sale),
                service.DueOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                sale.Line.AccountKey,
                activityType,
                Subject(sale),
                assignee,
                new DateTimeOffset(service.DueOn.ToDateTime(TimeOnly.MinValue), context.Now.Offset),
                Notes(sale, service, schedule));
        }
    }

    private static string SubjectKey(VehicleSale sale) =>
        sale.Vin is not null
            ? "vehicle:" + sale.Vin
            : string.Create(CultureInfo.InvariantCulture, $"order-line:{sale.Line.OrderKey}:{sale.Line.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? sale.Line.ProductKey}");

    private static string Subject(VehicleSale sale)
    {
        var subject = $"Service due: {sale.Model} ({sale.Vin ?? sale.Line.AccountName})";
        return subject.Length <= MaximumSubjectLength ? subject : subject[..MaximumSubjectLength];
    }

    private static string Notes(VehicleSale sale, DueService service, ServiceSchedule schedule)
    {
        var line = sale.Line;
        var quantity = line.Quantity is > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({line.Quantity:0.##} vehicles on this line: book each)") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Service {service.Number} of {sale.Model}{quantity}, sold to {line.AccountName} on {line.OrderDate:yyyy-MM-dd} (order {line.OrderNumber ?? line.OrderKey}), is due on {service.DueOn:yyyy-MM-dd} (every {schedule.IntervalMonths} months). Call the customer to book the workshop.");
    }

    private static int Positive(IReadOnlyDictionary<string, string> parameters, string name, int fallback) =>
        parameters.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
