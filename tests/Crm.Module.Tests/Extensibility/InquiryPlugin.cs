using System.Collections.Concurrent;
using Autofac;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Module.Plugins;

namespace Crm.Module.Tests.Extensibility;

/// <summary>What a vertical plugin registers to police and enrich inquiries, each part on its own so a test takes what it needs.</summary>
internal static class InquiryPlugin
{
    public const string PluginId = "Test.Inquiries";
    public const string ChannelField = "test.channel";
    public const string VinField = "test.vin";
    public const string NoVinMessage = "A recall needs the vehicle's VIN.";
    public const string RegionField = "test.region";
    public const string RegionSeenField = "test.region-seen";

    public static void Fields(ContainerBuilder builder) => builder.RegisterType<InquiryFields>().As<ICustomFieldSource>().SingleInstance();

    public static void RegisterBefore<THandler, TEvent>(ContainerBuilder builder, THandler handler)
        where THandler : class, ICrmBeforeHandler<TEvent>
        where TEvent : CrmEvent =>
        builder.RegisterInstance(handler).As<ICrmBeforeHandler<TEvent>>().WithMetadata(PluginMetadata.PluginId, PluginId);
}

internal sealed class InquiryFields : ICustomFieldSource
{
    public IEnumerable<CustomField> Fields { get; } =
    [
        new(CustomFieldEntity.Inquiry, InquiryPlugin.ChannelField, "Channel seen", CustomFieldType.Text) { MaxLength = 20 },
        new(CustomFieldEntity.Inquiry, InquiryPlugin.VinField, "VIN", CustomFieldType.Text) { MaxLength = 17 },
        new(CustomFieldEntity.Lead, InquiryPlugin.RegionField, "Region", CustomFieldType.Text),
        new(CustomFieldEntity.Lead, InquiryPlugin.RegionSeenField, "Region seen by the plugin", CustomFieldType.Text),
    ];
}

/// <summary>Copies a value given with a new lead into a field of its own: it must see the creation's values.</summary>
internal sealed class NoteRegion : ICrmBeforeHandler<Crm.Abstractions.Sales.LeadCreated>
{
    public Task BeforeAsync(Crm.Abstractions.Sales.LeadCreated change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        context.SetField(InquiryPlugin.RegionSeenField, context.Fields.TryGetValue(InquiryPlugin.RegionField, out var region) ? region : "none");
        return Task.CompletedTask;
    }
}

/// <summary>Refuses every inquiry about a recall: this test plugin knows no VIN yet.</summary>
internal sealed class RecallNeedsVin : ICrmBeforeHandler<InquiryLogged>
{
    public Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        if (change.Inquiry.Category == Inquiries.RecallCategory.Code && !context.Fields.ContainsKey(InquiryPlugin.VinField))
        {
            context.Veto(InquiryPlugin.NoVinMessage);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Notes the channel of every new inquiry in a custom field.</summary>
internal sealed class StampChannel : ICrmBeforeHandler<InquiryLogged>
{
    public Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        context.SetField(InquiryPlugin.ChannelField, change.Inquiry.Channel.ToString());
        return Task.CompletedTask;
    }
}

/// <summary>A broken plugin: vetoes, then throws, so its veto must not count.</summary>
internal sealed class BrokenCheck : ICrmBeforeHandler<InquiryLogged>
{
    private int _calls;

    public int Calls => _calls;

    public Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        context.Veto("half-made veto");
        throw new InvalidOperationException("The plugin's lookup table is missing.");
    }
}

/// <summary>Sees every change, as a handler of the base type does.</summary>
internal sealed class EveryChange : ICrmBeforeHandler<CrmEvent>
{
    public ConcurrentQueue<(CrmEvent Change, CustomFieldEntity Entity, string Key, string? UserName, IReadOnlyDictionary<string, string> Fields)> Seen { get; } = new();

    public Task BeforeAsync(CrmEvent change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        Seen.Enqueue((change, context.Entity, context.Key, context.UserName, context.Fields));
        return Task.CompletedTask;
    }
}
