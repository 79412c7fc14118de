using System.Globalization;
using System.Text.Json;
using Crm.Abstractions.Screens;
using Crm.Module.Screens;
using Crm.Module.Screens.CustomFields;
using Crm.Module.Screens.Labels;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Module.Tests.Screens;

/// <summary>Plugins' custom fields on the built-in screens: the cards' section and edit action, the lists' filters, their labels.</summary>
[TestClass]
public sealed class CustomFieldScreenTests
{
    private static ScreenCatalog CatalogWith(params Abstractions.CustomFields.ICustomFieldSource[] sources)
    {
        var definitions = BuiltInScreenSet.CustomFieldsOf(sources);
        return new ScreenCatalog(
            [BuiltInScreenSet.With(definitions), BuiltInScreenSet.HostCard],
            [BuiltInScreenSet.Extensions, new CustomFieldCardExtensions(definitions)],
            NullLogger<ScreenCatalog>.Instance);
    }

    [TestMethod]
    public void The_lead_card_shows_the_leads_fields_typed_from_the_values_route_and_edits_them_with_a_put()
    {
        var card = CatalogWith(new VehicleFields()).Find("crm.lead-card")!;

        var section = card.Sections.Single(s => s.Id == CustomFieldScreenParts.SectionId);
        Assert.AreEqual("/api/crm/custom-fields/leads/{key}", section.DataRoute);
        Assert.AreEqual("screens.customFields.section", section.LabelKey);
        CollectionAssert.AreEqual(
            new[] { "values[\"auto.vin\"]", "values[\"auto.mileage\"]", "values[\"auto.first-registration\"]", "values[\"auto.fuel\"]" },
            section.Fields.Select(f => f.DataPath).ToArray());
        CollectionAssert.AreEqual(new[] { FieldType.Text, FieldType.Number, FieldType.Date, FieldType.Choice }, section.Fields.Select(f => f.Type).ToArray());
        Assert.AreEqual("field.auto.fuel", section.Fields[3].LabelKey);
        CollectionAssert.AreEqual(new[] { "petrol", "diesel" }, section.Fields[3].Choices!.ToArray());
        Assert.IsTrue(section.Fields.All(f => !f.Editable));

        var edit = card.Actions.Single(a => a.Id == CustomFieldScreenParts.EditActionId);
        Assert.AreEqual("PUT", edit.Method);
        Assert.AreEqual(section.DataRoute, edit.Route);
        Assert.AreEqual(section.Id, edit.RecordSectionId);
        Assert.IsTrue(edit.SendsEmptyAsNull);
        Assert.IsFalse(edit.SendsForm);
        CollectionAssert.AreEqual(new[] { "version" }, edit.RecordValues!.ToArray());
        CollectionAssert.AreEqual(
            new[] { "customFields.auto.vin", "customFields.auto.mileage", "customFields.auto.first-registration", "customFields.auto.fuel" },
            edit.Inputs!.Select(i => i.Id).ToArray());
        CollectionAssert.AreEqual(new[] { true, false, false, false }, edit.Inputs!.Select(i => i.Required).ToArray());
        Assert.IsTrue(edit.Inputs!.All(i => i.Editable));
    }

    [TestMethod]
    public void The_hosts_customer_card_gets_the_accounts_fields_after_the_add_ons_sections()
    {
        var card = CatalogWith(new VehicleFields()).Find("erp.customer-card")!;

        Assert.AreEqual(CustomFieldScreenParts.SectionId, card.Sections[^1].Id);
        Assert.AreEqual("/api/crm/custom-fields/accounts/{key}", card.Sections[^1].DataRoute);
        Assert.AreEqual("customFields.auto.fleet-size", card.Actions.Single(a => a.Id == CustomFieldScreenParts.EditActionId).Inputs!.Single().Id);
    }

    [TestMethod]
    public void Cards_of_entities_without_fields_get_no_section_nor_action()
    {
        var catalog = CatalogWith(new VehicleFields());

        foreach (var id in new[] { "crm.opportunity-card", "crm.inquiry-card" })
        {
            var card = catalog.Find(id)!;
            Assert.IsFalse(card.Sections.Any(s => s.Id == CustomFieldScreenParts.SectionId), id);
            Assert.IsFalse(card.Actions.Any(a => a.Id == CustomFieldScreenParts.EditActionId), id);
        }
    }

    [TestMethod]
    public void Without_any_custom_field_every_screen_is_as_the_add_on_defines_it()
    {
        var plain = BuiltInScreenSet.Catalog();

        var withSource = CatalogWith();

        // Records compare their lists by reference; their JSON compares what a host receives.
        Assert.AreEqual(JsonSerializer.Serialize(plain.All), JsonSerializer.Serialize(withSource.All));
        Assert.IsFalse(withSource.All.SelectMany(s => s.Sections).Any(s => s.Id is CustomFieldScreenParts.SectionId or CustomFieldScreenParts.FilterSectionId));
    }

    [TestMethod]
    public void The_lead_list_filters_by_each_lead_field_as_a_cf_query_parameter()
    {
        var list = CatalogWith(new VehicleFields()).Find("crm.lead-list")!;

        Assert.AreEqual(
            "/api/crm/leads?cf.auto.vin={cf.auto.vin}&cf.auto.mileage={cf.auto.mileage}&cf.auto.first-registration={cf.auto.first-registration}&cf.auto.fuel={cf.auto.fuel}",
            list.DataRoute);
        var filters = list.Sections.Single(s => s.Id == CustomFieldScreenParts.FilterSectionId).Fields;
        CollectionAssert.AreEqual(new[] { "cf.auto.vin", "cf.auto.mileage", "cf.auto.first-registration", "cf.auto.fuel" }, filters.Select(f => f.Id).ToArray());
        Assert.IsTrue(filters.All(f => f.Editable && !f.Required));
        Assert.AreEqual(FieldType.Choice, filters[3].Type);
    }

    [TestMethod]
    public void My_activities_keep_their_route_and_add_the_activity_filter_while_the_inquiry_queue_has_none()
    {
        var catalog = CatalogWith(new VehicleFields());

        Assert.AreEqual("/api/crm/activities/mine?cf.auto.test-drive={cf.auto.test-drive}", catalog.Find("crm.my-activities")!.DataRoute);
        Assert.AreEqual("/api/crm/inquiries?view=Open", catalog.Find("crm.inquiry-queue")!.DataRoute);
        Assert.IsFalse(catalog.Find("crm.inquiry-queue")!.Sections.Any(s => s.Id == CustomFieldScreenParts.FilterSectionId));
    }

    [TestMethod]
    public void A_fields_name_and_choice_names_label_it_where_no_label_source_translates_them()
    {
        var labels = new ScreenLabels([new CrmLabelSource()], BuiltInScreenSet.CustomFieldsOf(new VehicleFields())).For(CultureInfo.GetCultureInfo("de-DE")).Labels;

        Assert.AreEqual("VIN", labels["field.auto.vin"]);
        Assert.AreEqual("Diesel", labels["field.auto.fuel.diesel"]);
        Assert.AreEqual("Zusatzfelder", labels["screens.customFields.section"]);
    }

    [TestMethod]
    public void A_plugins_label_source_translates_a_field_over_its_definitions_name()
    {
        var labels = new ScreenLabels([new CrmLabelSource(), TestLabelSource.Acme], BuiltInScreenSet.CustomFieldsOf(new VehicleFields()));

        Assert.AreEqual("Fahrgestellnummer", labels.For(CultureInfo.GetCultureInfo("de-DE")).Labels["field.auto.vin"]);
        Assert.AreEqual("Vehicle identification number", labels.For(CultureInfo.GetCultureInfo("ko-KR")).Labels["field.auto.vin"]);
        Assert.AreEqual("Mileage", labels.For(CultureInfo.GetCultureInfo("de-DE")).Labels["field.auto.mileage"]);
    }

    [TestMethod]
    public void Every_route_the_generated_parts_name_is_an_endpoint_of_the_add_on()
    {
        var mapped = ScreenRoutes.MappedByTheAddOn();
        var catalog = CatalogWith(new VehicleFields());

        var named = new[] { "crm.lead-card", "erp.customer-card" }.Select(id => catalog.Find(id)!).SelectMany(ScreenRoutes.NamedBy)
            .Where(r => r.Route.Contains("custom-fields", StringComparison.Ordinal)).ToList();
        var missing = named.Where(r => !ScreenRoutes.IsMapped(mapped, r.Method, r.Route)).Select(r => $"{r.Where}: {r.Method} {r.Route}").ToList();

        Assert.HasCount(4, named);
        Assert.IsEmpty(missing, string.Join(Environment.NewLine, missing));
    }
}
