using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Autofac;
using Crm.Abstractions.Activities;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Screens;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using ErpCrm.Automotive.Register;
using ErpCrm.Automotive.Tests.Infrastructure;
using FluentMigrator;

namespace ErpCrm.Automotive.Tests;

/// <summary>The plugin's entry and manifest: what it registers, and that every text it shows exists in every language.</summary>
[TestClass]
public sealed class AutomotiveModuleTests
{
    private static readonly string[] Languages = ["en", "de", "ko"];

    [TestMethod]
    public void The_module_registers_every_contribution_the_add_on_looks_for()
    {
        using var container = Container();

        Assert.AreEqual(9, container.Resolve<IEnumerable<ICustomFieldSource>>().Single().Fields.Count());
        Assert.AreEqual("ErpCrm.Automotive", container.Resolve<IEnumerable<ILabelSource>>().Single().Name);
        Assert.AreEqual("auto.service-due", container.Resolve<IEnumerable<IFollowUpRule>>().Single().Code);
        Assert.AreEqual("auto.vehicle-register", container.Resolve<IEnumerable<ICrmJob>>().Single().Code);
        Assert.ContainsSingle(container.Resolve<IEnumerable<ICrmEventHandler<OpportunityWon>>>());
        Assert.ContainsSingle(container.Resolve<IEnumerable<ICrmBeforeHandler<InquiryLogged>>>());
        Assert.ContainsSingle(container.Resolve<IEnumerable<ICrmBeforeHandler<OpportunityOpened>>>());
        Assert.ContainsSingle(container.Resolve<IEnumerable<ICrmBeforeHandler<CustomFieldsChanged>>>());
        var recall = container.Resolve<IEnumerable<IInquiryCategorySource>>().Single().Categories.Single(c => c.Code == "auto.recall");
        Assert.AreEqual(new InquiryCategory("auto.recall", "Vehicle recall", InquiryPriority.High, "service"), recall);
        var appointment = container.Resolve<IEnumerable<IActivityTypeSource>>().Single().Types.Single(t => t.Code == "auto.service-appointment");
        Assert.AreEqual("auto.satisfaction-call", appointment.AutoNext);
        var quickLog = container.Resolve<IEnumerable<IScreenExtensionSource>>().Single().Extensions.Single();
        Assert.AreEqual(("crm.inquiry-quick-log", "customFields.auto.vin"), (quickLog.TargetScreenId, quickLog.Fields!.Single().Id));
        var pipeline = container.Resolve<IEnumerable<IPipelineSource>>().Single().Pipelines.Single();
        Assert.AreEqual("auto-vehicle-sales", pipeline.Code);
        CollectionAssert.AreEqual(new[] { 20, 35, 50, 70, 90 }, pipeline.Stages.Select(s => s.Probability).ToList(), "probabilities rise with each step");
    }

    [TestMethod]
    public void Every_field_and_choice_has_a_label_in_english_german_and_korean()
    {
        using var container = Container();
        var labels = container.Resolve<ILabelSource>().Labels;
        var keys = container.Resolve<ICustomFieldSource>().Fields
            .SelectMany(f => (f.Choices ?? []).Select(c => $"field.{f.Code}.{c.Code}").Prepend("field." + f.Code))
            .Distinct()
            .ToList();

        foreach (var language in Languages)
        {
            var culture = CultureInfo.GetCultureInfo(language);
            var own = labels.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            Assert.IsNotNull(own, language);
            foreach (var key in keys)
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(own.GetString(key)), $"{key} has no {language} text");
            }
        }

        Assert.AreEqual("Erstzulassung", labels.GetString("field.auto.first-registration", CultureInfo.GetCultureInfo("de-DE")));
    }

    [TestMethod]
    public void The_manifest_names_the_plugins_assembly_and_a_table_prefix_its_migrations_keep_to()
    {
        var path = Path.Combine(RepositoryPaths.Root, "plugins", "Automotive", "ErpCrm.Automotive", PluginManifest.FileName);
        var manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), JsonSerializerOptions.Web)!;
        var assembly = typeof(AutomotiveModule).Assembly;

        Assert.AreEqual(assembly.GetName().Name, manifest.Id);
        Assert.AreEqual("auto_", manifest.TablePrefix);
        var migrations = assembly.GetExportedTypes().Where(t => t.GetCustomAttribute<MigrationAttribute>() is not null).ToList();
        CollectionAssert.AreEqual(new[] { typeof(CreateVehicleRegister) }, migrations);
        Assert.IsTrue(migrations.All(m => m.GetCustomAttribute<MigrationAttribute>()!.Description!.StartsWith(manifest.TablePrefix!, StringComparison.Ordinal)));
    }

    private static IContainer Container()
    {
        var builder = new ContainerBuilder();
        builder.RegisterModule<AutomotiveModule>();
        builder.RegisterInstance(SqliteTestDatabase.Create()).As<IErpDatabase>();
        builder.RegisterInstance(new ListedErpSales()).As<IErpSales>();
        builder.RegisterInstance(new StoredFieldValues()).As<ICustomFieldValues>();
        return builder.Build();
    }
}
