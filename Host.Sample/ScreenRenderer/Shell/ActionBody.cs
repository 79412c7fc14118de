using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using Microsoft.AspNetCore.Http;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// Turns a posted form into the JSON body of a <see cref="ScreenAction"/>: first the record's values
/// (<c>_record.{path}</c>, posted as JSON literals), then the screen's editable fields when the action
/// sends the form, then the action's inputs; each lands at its data path (<c>a.b</c> nests,
/// <c>values["auto.vin"]</c> names a property with dots, see <see cref="DataPath"/>).
/// Form fields are named by the field's id. An action with a <see cref="FieldType.File"/> input sends the
/// file as its body instead and its other inputs as the <see cref="Query"/>.
/// </summary>
internal static class ActionBody
{
    /// <summary>The form field prefix of a record value copied unchanged into the body.</summary>
    public const string RecordPrefix = "_record.";

    /// <summary>The JSON body for <paramref name="action"/> on <paramref name="screen"/>.</summary>
    public static JsonObject Build(ScreenDefinition screen, ScreenAction action, IFormCollection form, TimeZoneInfo timeZone)
    {
        var body = new JsonObject();
        foreach (var path in action.RecordValues ?? [])
        {
            if (form.TryGetValue(RecordPrefix + path, out var literal))
            {
                Set(body, path, RecordValue(literal.ToString()));
            }
        }

        if (action.SendsForm)
        {
            // A table section's fields are columns of rows, not inputs of the form.
            foreach (var field in screen.Sections.Where(s => s.RowsPath is null).SelectMany(s => s.Fields).Where(f => f.Editable))
            {
                Add(body, field, form, timeZone);
            }
        }

        foreach (var input in action.Inputs ?? [])
        {
            Add(body, input, form, timeZone, action.SendsEmptyAsNull);
        }

        return body;
    }

    /// <summary>
    /// The query string of an action that uploads a file (the file being its whole body): the other
    /// inputs by data path, converted as for JSON and written as text; empty ones are left out.
    /// </summary>
    public static QueryString Query(ScreenAction action, IFormCollection form, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(action);
        var parameters = new List<KeyValuePair<string, string?>>();
        foreach (var input in (action.Inputs ?? []).Where(input => input.Type != FieldType.File))
        {
            var value = Convert(input, Posted(input, form), timeZone, out var omit)?.ToString();
            if (!omit && !string.IsNullOrEmpty(value))
            {
                parameters.Add(new(input.DataPath, value));
            }
        }

        return QueryString.Create(parameters);
    }

    /// <summary>The JSON value of one posted field; null when it is left out of the body.</summary>
    public static JsonNode? Convert(ScreenField field, string? posted, TimeZoneInfo timeZone, out bool omit)
    {
        ArgumentNullException.ThrowIfNull(field);
        omit = false;
        if (field.Type == FieldType.Boolean)
        {
            return JsonValue.Create(IsChecked(posted));
        }

        if (string.IsNullOrWhiteSpace(posted))
        {
            // A required field is sent empty so that the API names it in its validation errors.
            omit = !field.Required;
            return omit ? null : JsonValue.Create(string.Empty);
        }

        var value = posted.Trim();
        return field.Type switch
        {
            FieldType.Number or FieldType.Money => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value),
            FieldType.Date => DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date)
                ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                : JsonValue.Create(value),
            FieldType.DateTime => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? JsonValue.Create(InZone(local, timeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))
                : JsonValue.Create(value),
            _ => JsonValue.Create(value),
        };
    }

    private static void Add(JsonObject body, ScreenField field, IFormCollection form, TimeZoneInfo timeZone, bool emptyAsNull = false)
    {
        var value = Convert(field, Posted(field, form), timeZone, out var omit);
        if (!omit)
        {
            Set(body, field.DataPath, value);
        }
        else if (emptyAsNull)
        {
            Set(body, field.DataPath, null);
        }
    }

    /// <summary>The field's posted text; a checkbox posts (any of its values) only when checked.</summary>
    private static string? Posted(ScreenField field, IFormCollection form) =>
        field.Type == FieldType.Boolean
            ? (form[field.Id].Any(IsChecked) ? "on" : null)
            : form[field.Id].FirstOrDefault();

    private static JsonNode? RecordValue(string literal)
    {
        try
        {
            var node = JsonNode.Parse(literal);

            // Half a surrogate pair ("\ud800") is valid JSON but no text: it parses, and writing the body fails.
            _ = node?.ToJsonString();
            return node;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not a literal (the page wrote it as plain text): send it as the string it is.
            return JsonValue.Create(literal);
        }
    }

    /// <summary>A <c>datetime-local</c> value is wall-clock time where the user is.</summary>
    private static DateTimeOffset InZone(DateTime local, TimeZoneInfo timeZone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, timeZone.GetUtcOffset(unspecified));
    }

    private static bool IsChecked(string? posted) =>
        string.Equals(posted, "on", StringComparison.OrdinalIgnoreCase) || string.Equals(posted, "true", StringComparison.OrdinalIgnoreCase);

    private static void Set(JsonObject body, string path, JsonNode? value)
    {
        var names = DataPath.Segments(path);
        var target = body;
        foreach (var name in names.Take(names.Count - 1))
        {
            if (target[name] is not JsonObject child)
            {
                child = new JsonObject();
                target[name] = child;
            }

            target = child;
        }

        target[names[^1]] = value;
    }
}
