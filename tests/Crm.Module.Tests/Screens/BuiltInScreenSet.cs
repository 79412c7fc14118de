using Autofac.Features.Metadata;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Screens;
using Crm.Module.CustomFields;
using Crm.Module.Plugins;
using Crm.Module.Sales.Pipelines;
using Crm.Module.Screens;
using Crm.Module.Screens.Definitions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Module.Tests.Screens;

/// <summary>The add-on's own screen sources over the built-in default pipeline, and catalogs built from them.</summary>
internal static class BuiltInScreenSet
{
    public static BuiltInScreens Screens { get; } = With(CustomFieldsOf());

    /// <summary>The built-in screens with the custom fields of <paramref name="customFields"/>.</summary>
    public static BuiltInScreens With(CustomFieldDefinitions customFields) =>
        new(new PipelineCatalog(new ConfigurationBuilder().Build(), Array.Empty<IPipelineSource>(), new PluginHealth(new PluginCatalog(Path.GetTempPath()), PluginOptions.From(null), NullLogger<PluginHealth>.Instance), NullLogger<PipelineCatalog>.Instance), customFields);

    /// <summary>The checked definitions of <paramref name="sources"/>, as the add-on reads them at start.</summary>
    public static CustomFieldDefinitions CustomFieldsOf(params ICustomFieldSource[] sources) =>
        new([.. sources.Select(source => new Meta<Lazy<ICustomFieldSource>>(new Lazy<ICustomFieldSource>(source), new Dictionary<string, object?>()))],
            NullLogger<CustomFieldDefinitions>.Instance);

    public static BuiltInScreenExtensions Extensions { get; } = new();

    /// <summary>The host's customer card as a host would contribute it, so the add-on's extension has its target.</summary>
    public static TestScreenSource HostCard { get; } = new("erp", new ScreenDefinition(
        "erp.customer-card",
        ScreenKind.Card,
        "erp.customerCard.title",
        "/erp/customers/{key}",
        [new("erp.master", "erp.customerCard.master", [new("erp.name", "erp.customerCard.name", FieldType.Text, "name")])],
        [new("erp.edit", "erp.customerCard.edit", "PUT", "/erp/customers/{key}")]));

    public static ScreenCatalog Catalog(IEnumerable<IScreenSource>? moreScreens = null, IEnumerable<IScreenExtensionSource>? moreExtensions = null, ILogger<ScreenCatalog>? logger = null) =>
        new(
            [Screens, HostCard, .. moreScreens ?? []],
            [Extensions, .. moreExtensions ?? []],
            logger ?? NullLogger<ScreenCatalog>.Instance);
}
