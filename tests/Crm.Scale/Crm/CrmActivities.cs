using Crm.Scale.Erp;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Crm;

/// <summary>
/// Activities (<c>crm_activities</c>): calls, e-mails, meetings, tasks and notes on accounts, one in
/// five about an inquiry (its account and number), one in ten about an opportunity (its account, its
/// owner). Due dates spread from a year ago to two months ahead: past ones mostly done, some still
/// open (overdue), future ones open.
/// </summary>
internal sealed class CrmActivities(ScaleSettings settings, ScaleCustomers customers, CrmAccounts accounts, IReadOnlyList<(string Number, int CustomerIndex)> inquiries, IReadOnlyList<(long Id, int CustomerIndex, string Owner)> opportunities)
{
    private static readonly (string Type, int Weight)[] Types = [("call", 35), ("email", 25), ("meeting", 15), ("task", 20), ("note", 5)];

    private static readonly string[] AccountPeople = [CrmUsers.Rep, CrmUsers.Rep2, CrmUsers.Clerk, CrmUsers.Manager, CrmUsers.Finance];

    public IEnumerable<object?[]> Enumerate()
    {
        var random = new Random(settings.Seed + 7);
        var now = CrmClock.Now(settings);
        var count = settings.Counts.Activities;
        for (var index = 0; index < count; index++)
        {
            var type = random.PickWeighted(Types);
            var roll = random.Next(100);
            int customerIndex;
            string? inquiryNumber = null;
            long? opportunityId = null;
            string assignee;
            if (roll < 20 && inquiries.Count > 0)
            {
                var inquiry = random.Pick(inquiries);
                (customerIndex, inquiryNumber) = (inquiry.CustomerIndex, inquiry.Number);
                assignee = random.Chance(0.8) ? CrmUsers.Clerk : CrmUsers.Finance;
            }
            else if (roll < 30 && opportunities.Count > 0)
            {
                var opportunity = random.Pick(opportunities);
                (customerIndex, opportunityId, assignee) = (opportunity.CustomerIndex, opportunity.Id, opportunity.Owner);
            }
            else
            {
                customerIndex = random.Next(customers.All.Count);
                assignee = accounts.OwnerOf(customerIndex) ?? random.Pick(AccountPeople);
            }

            var customer = customers.All[customerIndex].Row;
            var dueAt = CrmClock.DuringWork(random, settings.Today.AddDays(random.Next(-365, 61)));
            var createdAt = dueAt.AddDays(-random.Next(0, 15)).AddHours(-random.Next(1, 8));
            createdAt = createdAt > now ? now.AddHours(-random.Next(1, 48)) : createdAt;
            var past = dueAt < now;
            var statusRoll = random.Next(100);
            var status = type == "note" ? "Done" : statusRoll < 5 ? "Cancelled" : past && statusRoll < 85 ? "Done" : "Open";
            var completedAt = status == "Done" ? (past ? dueAt.AddMinutes(random.Next(0, 240)) : createdAt) : (DateTime?)null;
            completedAt = completedAt > now ? now : completedAt;
            var updatedAt = completedAt ?? (status == "Cancelled" ? createdAt.AddHours(random.Next(1, 24)) : createdAt);
            updatedAt = updatedAt > now ? now : updatedAt;
            yield return
            [
                index + 1L, type, SubjectOf(type, customer.Name, inquiryNumber), null, customer.CustomerNo, inquiryNumber, null, opportunityId,
                type == "note" ? null : dueAt, type is "call" or "meeting" ? (type == "call" ? 15 : 60) : null, null,
                assignee, status, status == "Done" && type != "note" ? "Reached, next steps agreed." : null, null,
                createdAt, assignee, completedAt, updatedAt, assignee, status == "Open" ? 1 : 2,
            ];
        }
    }

    private static string SubjectOf(string type, string customerName, string? inquiryNumber) => (type, inquiryNumber) switch
    {
        ("call", not null) => $"Call back about {inquiryNumber}",
        ("email", not null) => $"Answer {inquiryNumber} in writing",
        ("call", _) => $"Call {customerName}",
        ("email", _) => $"Send offer to {customerName}",
        ("meeting", _) => $"Visit {customerName}",
        ("task", _) => $"Prepare quote for {customerName}",
        _ => $"Notes on {customerName}",
    };
}
