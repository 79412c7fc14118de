using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Abstractions.CustomFields;
using Crm.Module.CustomFields;
using Crm.Module.Plugins;
using Crm.Module.Tests.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.CustomFields;

/// <summary>Sources with a bad definition or a taken code are left out whole and logged with their plugin; the others stay.</summary>
[TestClass]
public sealed class CustomFieldDefinitionTests
{
    [TestMethod]
    public void A_bad_source_is_left_out_whole_and_logged_with_its_plugin()
    {
        using var sink = new LogSink();
        var definitions = Definitions(sink, builder =>
        {
            builder.RegisterType<FleetFields>().As<ICustomFieldSource>().WithMetadata(PluginMetadata.PluginId, FleetFields.PluginId);
            builder.RegisterType<BrokenPatternFields>().As<ICustomFieldSource>().WithMetadata(PluginMetadata.PluginId, "Acme.Broken");
            builder.RegisterType<DuplicateCodeFields>().As<ICustomFieldSource>().WithMetadata(PluginMetadata.PluginId, "Acme.Copycat");
        });

        var codes = definitions.Of(CustomFieldEntity.Lead).Select(f => f.Code).ToList();

        CollectionAssert.AreEqual(new[] { "fleet.vin", "fleet.size", "fleet.first-registration", "fleet.fuel", "fleet.note" }, codes);
        Assert.AreEqual("Fleet size", definitions.Find(CustomFieldEntity.Lead, "fleet.size")!.Field.Name);
        Assert.AreEqual(FleetFields.PluginId, definitions.Find(CustomFieldEntity.Lead, "fleet.size")!.PluginId);
        var errors = sink.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message).ToList();
        Assert.HasCount(2, errors);
        Assert.IsTrue(errors.Any(m => m.Contains("plugin Acme.Broken", StringComparison.Ordinal) && m.Contains("broken.pattern", StringComparison.Ordinal)), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(m => m.Contains("plugin Acme.Copycat", StringComparison.Ordinal) && m.Contains("already taken", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [TestMethod]
    public void Each_rule_of_the_docs_leaves_a_definition_out()
    {
        CustomField[] bad =
        [
            new(CustomFieldEntity.Lead, "NoPrefix", "Upper case, no prefix", CustomFieldType.Text),
            new(CustomFieldEntity.Lead, "auto." + new string('x', 60), "Too long", CustomFieldType.Text),
            new(CustomFieldEntity.Lead, "auto.name", " ", CustomFieldType.Text),
            new(CustomFieldEntity.Lead, "auto.long", "Too long a maximum", CustomFieldType.Text) { MaxLength = 4001 },
            new(CustomFieldEntity.Lead, "auto.decimals", "Too many decimals", CustomFieldType.Number) { Decimals = 7 },
            new(CustomFieldEntity.Lead, "auto.range", "Minimum above maximum", CustomFieldType.Number) { Minimum = 5, Maximum = 1 },
            new(CustomFieldEntity.Lead, "auto.fuel", "Choice without choices", CustomFieldType.Choice),
            new(CustomFieldEntity.Lead, "auto.twice", "Choice twice", CustomFieldType.Choice) { Choices = [new("a", "A"), new("a", "A again")] },
            new(CustomFieldEntity.Lead, "auto.mixed", "Number with a pattern", CustomFieldType.Number) { Pattern = "[0-9]+" },
        ];
        using var sink = new LogSink();
        var definitions = Definitions(sink, builder =>
        {
            foreach (var field in bad)
            {
                builder.RegisterInstance(new SingleFieldSource(field)).As<ICustomFieldSource>();
            }

            builder.RegisterInstance(new SingleFieldSource(new CustomField(CustomFieldEntity.Lead, "auto.first-registration", "Fine", CustomFieldType.Date))).As<ICustomFieldSource>();
        });

        CollectionAssert.AreEqual(new[] { "auto.first-registration" }, definitions.Of(CustomFieldEntity.Lead).Select(f => f.Code).ToList());
        Assert.AreEqual(bad.Length, sink.Entries.Count(e => e.Level == LogLevel.Error && e.Message.Contains("the add-on or host", StringComparison.Ordinal)));
    }

    private static CustomFieldDefinitions Definitions(LogSink sink, Action<ContainerBuilder> sources)
    {
        var builder = new ContainerBuilder();
        builder.Populate(new ServiceCollection().AddLogging(logging => logging.AddProvider(sink)));
        builder.RegisterType<CustomFieldDefinitions>().SingleInstance();
        sources(builder);
        using var container = builder.Build();
        return container.Resolve<CustomFieldDefinitions>();
    }
}
