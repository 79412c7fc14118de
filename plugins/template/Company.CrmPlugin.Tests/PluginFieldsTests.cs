using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Abstractions.CustomFields;

namespace Company.CrmPlugin.Tests;

/// <summary>
/// The add-on leaves out a field source with a bad definition (and logs it at start); these tests
/// catch such a definition, and a missing translation, before the plugin ever reaches a host.
/// </summary>
[TestClass]
public sealed partial class PluginFieldsTests
{
    private static readonly CustomField[] Fields = [.. new PluginFields().Fields];

    // The rule in CustomField's documentation: letters, digits, dots and dashes, at most 60.
    [GeneratedRegex("^[a-z0-9.-]{1,60}$")]
    private static partial Regex ValidCode();

    [TestMethod]
    public void Field_codes_are_valid_unique_and_start_with_the_plugin_id()
    {
        foreach (var field in Fields)
        {
            Assert.MatchesRegex(ValidCode(), field.Code);
            Assert.StartsWith("company.crmplugin.", field.Code);
        }

        Assert.HasCount(Fields.Length, Fields.Select(f => (f.Entity, f.Code)).Distinct());
    }

    [TestMethod]
    public void Text_patterns_compile_and_choices_have_valid_codes()
    {
        foreach (var field in Fields)
        {
            if (field.Pattern is not null)
            {
                _ = new Regex(field.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
                Assert.IsNotNull(field.PatternHint, $"{field.Code} needs a hint that explains its pattern to users.");
            }

            if (field.Type == CustomFieldType.Choice)
            {
                Assert.IsNotNull(field.Choices);
                Assert.IsNotEmpty(field.Choices);
                foreach (var choice in field.Choices)
                {
                    Assert.MatchesRegex(ValidCode(), choice.Code);
                }
            }
        }
    }

    [TestMethod]
    public void The_serial_number_pattern_accepts_what_clerks_type_and_what_the_before_handler_stores()
    {
        var pattern = new Regex(Fields.Single(f => f.Code == PluginFields.SerialNumber).Pattern!, RegexOptions.None, TimeSpan.FromSeconds(1));

        Assert.IsTrue(pattern.IsMatch("sn-4711"), "typed in lower case: accepted, the before handler upper-cases it");
        Assert.IsTrue(pattern.IsMatch("SN-4711"));
        Assert.IsFalse(pattern.IsMatch("SN 4711"));
        Assert.IsFalse(pattern.IsMatch("SN4"));
    }

    [TestMethod]
    [DataRow("en")]
    [DataRow("de")]
    public void Every_field_and_choice_has_a_label_in(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var keys = Fields.Select(f => "field." + f.Code)
            .Concat(Fields.SelectMany(f => (f.Choices ?? []).Select(c => $"field.{f.Code}.{c.Code}")));

        foreach (var key in keys)
        {
            var text = PluginLabels.Resources.GetString(key, culture);
            Assert.IsFalse(string.IsNullOrWhiteSpace(text), $"No {language} label for {key}.");
        }
    }

    [TestMethod]
    public void The_german_labels_are_translations_not_fallbacks()
    {
        var german = CultureInfo.GetCultureInfo("de");

        Assert.AreEqual("Seriennummer", PluginLabels.Resources.GetString("field." + PluginFields.SerialNumber, german));
    }
}
