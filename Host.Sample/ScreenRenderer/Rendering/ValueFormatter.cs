using System.Globalization;
using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>Shows a field's value by its <see cref="FieldType"/> in the user's culture and time zone.</summary>
internal static class ValueFormatter
{
    /// <summary>The value of <paramref name="field"/> in <paramref name="holder"/> (the object its path is relative to), a link when it opens a screen.</summary>
    public static void Write(HtmlWriter html, ScreenField field, JsonElement? holder, RenderScope scope)
    {
        if (JsonPath.Find(holder, field.DataPath) is not { } value)
        {
            Empty(html, scope);
            return;
        }

        var currency = field.Type == FieldType.Money ? Currency(holder, field.DataPath) : null;
        if (field.OpensScreenId is null)
        {
            Content(html, field, value, currency, scope);
            return;
        }

        var key = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        html.Open("a", ("href", scope.Context.ShellPath + "/" + Uri.EscapeDataString(field.OpensScreenId) + "/" + Uri.EscapeDataString(key)));
        Content(html, field, value, currency, scope);
        html.Close("a");
    }

    /// <summary>An em dash that screen readers announce as "empty".</summary>
    public static void Empty(HtmlWriter html, RenderScope scope) =>
        html.Element("span", "\u2014", ("class", "empty"), ("role", "img"), ("aria-label", scope.Text("Empty")));

    /// <summary>The value as plain text (tiles, charts, table cells of figures).</summary>
    public static string Text(ScreenField field, JsonElement value, string? currency, RenderScope scope)
    {
        switch (field.Type)
        {
            case FieldType.Number when value.TryGetDecimal(out var number):
                return Number(number, scope.Culture);
            case FieldType.Money when value.TryGetDecimal(out var amount):
                return MoneyFormat.Format(amount, currency, scope.Culture);
            case FieldType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return scope.Text(value.GetBoolean() ? "Yes" : "No");
            case FieldType.Date when Date(value) is { } date:
                return date.ToString("d", scope.Culture);
            case FieldType.DateTime when Instant(value) is { } instant:
                return LocalText(instant, scope);
            case FieldType.Choice when field.Choices is { Count: > 0 } && value.ValueKind == JsonValueKind.String:
                var choice = value.GetString()!;
                return scope.Context.Labels.TryGetValue(field.LabelKey + "." + choice, out var label) ? label : choice;
            default:
                return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        }
    }

    /// <summary>A number with the culture's separators and only the decimals it has.</summary>
    public static string Number(decimal number, CultureInfo culture) =>
        number.ToString(number == decimal.Truncate(number) ? "N0" : "#,0.##########", culture);

    /// <summary>The currency at the sibling path <c>currency</c> of a money value.</summary>
    public static string? Currency(JsonElement? holder, string path) =>
        JsonPath.Find(holder, JsonPath.Sibling(path, "currency")) is { ValueKind: JsonValueKind.String } currency ? currency.GetString() : null;

    /// <summary>The value as an input holds it: ISO dates, local date-times in the user's zone, <c>true</c>/<c>false</c>.</summary>
    public static string? InputValue(ScreenField field, JsonElement? value, RenderScope scope)
    {
        if (value is not { } present)
        {
            return null;
        }

        return field.Type switch
        {
            FieldType.DateTime when Instant(present) is { } instant => Local(instant, scope).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            FieldType.Date when Date(present) is { } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when present.ValueKind is JsonValueKind.True or JsonValueKind.False => present.GetBoolean() ? "true" : "false",
            _ => present.ValueKind == JsonValueKind.String ? present.GetString() : present.GetRawText(),
        };
    }

    private static void Content(HtmlWriter html, ScreenField field, JsonElement value, string? currency, RenderScope scope)
    {
        if (field.Type == FieldType.Date && Date(value) is { } date)
        {
            html.Element("time", date.ToString("d", scope.Culture), ("datetime", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        else if (field.Type == FieldType.DateTime && Instant(value) is { } instant)
        {
            html.Element("time", LocalText(instant, scope), ("datetime", instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        }
        else
        {
            html.Text(Text(field, value, currency, scope));
        }
    }

    private static string LocalText(DateTimeOffset instant, RenderScope scope)
    {
        var local = Local(instant, scope);
        return local.ToString("d", scope.Culture) + " " + local.ToString("t", scope.Culture);
    }

    private static DateTimeOffset Local(DateTimeOffset instant, RenderScope scope) => TimeZoneInfo.ConvertTime(instant, scope.Context.TimeZone);

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: >= 10 } text
        && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static DateTimeOffset? Instant(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;
}
