using Autofac;
using Crm.Abstractions.Screens;

namespace Crm.Module.Tests.Screens;

/// <summary>
/// What a vertical plugin registers to extend screens: a recall column and action on the inquiry
/// queue, a service section on the host's customer card, and one extension whose anchor is wrong.
/// Also the host's own customer card, contributed the way a host does.
/// </summary>
internal static class AcmeScreenPlugin
{
    public static ScreenExtension RecallColumn { get; } = new(
        "acme.recall-column",
        "crm.inquiry-queue",
        ScreenAnchor.After("subject"),
        Fields: [new("acme.recallBatch", "acme.recallBatch", FieldType.Text, "category")]);

    public static ScreenExtension RecallAction { get; } = new(
        "acme.recall-action",
        "crm.inquiry-queue",
        ScreenAnchor.Before("comment"),
        Actions: [new("acme.markRecall", "acme.markRecall", "POST", "/api/crm/inquiries/{number}/comments")]);

    public static ScreenExtension ServiceSection { get; } = new(
        "acme.service-section",
        "erp.customer-card",
        ScreenAnchor.After("erp.master"),
        Sections: [new("acme.service", "acme.service", [new("acme.lastVisit", "acme.lastVisit", FieldType.Date, "lastVisit")], DataRoute: "/api/acme/service/{key}")]);

    public static ScreenExtension Broken { get; } = new(
        "acme.broken",
        "crm.inquiry-queue",
        ScreenAnchor.After("no-such-field"),
        Fields: [new("acme.lost", "acme.lost", FieldType.Text, "lost")]);

    public static void Register(ContainerBuilder builder)
    {
        builder.RegisterInstance(BuiltInScreenSet.HostCard).As<IScreenSource>();
        builder.RegisterInstance(new TestExtensionSource("acme", RecallColumn, Broken, RecallAction, ServiceSection)).As<IScreenExtensionSource>();
    }
}
