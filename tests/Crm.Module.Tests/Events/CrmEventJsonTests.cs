using System.Text.Json;
using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Module.Events;

namespace Crm.Module.Tests.Events;

/// <summary>The add-on's own events survive the outbox's JSON and are known to every host without registration.</summary>
[TestClass]
public sealed class CrmEventJsonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [TestMethod]
    public void The_inquiry_events_round_trip_as_raised()
    {
        var target = new ServiceTargetState(Now.AddHours(4), null, IsPaused: true, IsAtRisk: false, IsBreached: false);
        var inquiry = new Inquiry(
            "INQ-2026-000123", "C10001", "Lieferung fehlt – 배송", "Text", InquiryChannel.WalkIn, "Frau Özdemir", "4711", null,
            "delivery-status", InquiryPriority.Urgent, InquiryStatus.WaitingOnCustomer, "backoffice", "clerk",
            new DateOnly(2026, 12, 1), target, target with { MetAt = Now }, null, Now, "clerk", Now.AddMinutes(5), 3);
        CrmEvent[] events =
        [
            new InquiryLogged(inquiry) { EventId = Guid.NewGuid(), OccurredAt = Now },
            new InquiryAssigned(inquiry.Number, "backoffice", "clerk", null, "rep") { EventId = Guid.NewGuid(), OccurredAt = Now },
            new InquiryStatusChanged(inquiry.Number, InquiryStatus.New, InquiryStatus.InProgress, "called back") { EventId = Guid.NewGuid(), OccurredAt = Now },
            new InquiryResolved(inquiry.Number, "sent again") { EventId = Guid.NewGuid(), OccurredAt = Now },
        ];
        using var container = new ContainerBuilder().Build();
        var types = CrmEventTypes.Discover(container.ComponentRegistry);

        foreach (var raised in events)
        {
            Assert.IsTrue(types.TryGetType(CrmEventTypes.NameOf(raised.GetType()), out var type), raised.GetType().Name);
            Assert.AreEqual(raised, CrmEventJson.Deserialize(CrmEventJson.Serialize(raised), type));
        }
    }

    [TestMethod]
    public void Enums_are_stored_by_name()
    {
        var changed = new InquiryStatusChanged("INQ-1", InquiryStatus.Resolved, InquiryStatus.Closed, null) { EventId = Guid.NewGuid(), OccurredAt = Now };
        var json = JsonDocument.Parse(CrmEventJson.Serialize(changed)).RootElement;
        Assert.AreEqual("Resolved", json.GetProperty("from").GetString());
        Assert.AreEqual(changed.EventId, json.GetProperty("eventId").GetGuid());
    }
}
