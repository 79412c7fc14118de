using System.Globalization;
using System.Text.Json;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// The body of a bulk loss: <c>{"items": [{"id": 7, "version": 3}, {"id": 8}], "reason": "price", "note": "…"}</c>,
/// or <c>"ids": [7, 8]</c> when no version is checked. A list of objects is more than
/// <see cref="Api.JsonBody"/> reads, so it is read here, with the same 400s naming the field.
/// </summary>
internal static class BulkLossBody
{
    public static async Task<(IReadOnlyList<BulkLossItem> Items, string Reason, string? Note)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new CrmValidationException("body", Messages.JsonContentType);
        }

        JsonElement root;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new CrmValidationException("body", string.Format(CultureInfo.CurrentCulture, Messages.JsonInvalid, e.Message));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CrmValidationException("body", Messages.JsonNotObject);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var items = new List<BulkLossItem>();
        if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                var id = item.ValueKind == JsonValueKind.Object ? Whole(item, "id") : null;
                var version = item.ValueKind == JsonValueKind.Object ? Whole(item, "version") : null;
                var badVersion = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("version", out var raw)
                    && raw.ValueKind != JsonValueKind.Null && version is not (>= int.MinValue and <= int.MaxValue);
                if (id is null || badVersion)
                {
                    errors["items"] = [Messages.BulkLossItemShape];
                    continue;
                }

                items.Add(new BulkLossItem(id.Value, version is { } v ? (int)v : null));
            }
        }
        else if (root.TryGetProperty("ids", out var ids) && ids.ValueKind == JsonValueKind.Array
            && ids.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Number && i.TryGetInt64(out _)))
        {
            items.AddRange(ids.EnumerateArray().Select(i => new BulkLossItem(i.GetInt64())));
        }
        else
        {
            errors["items"] = [Messages.BulkLossItemsRequired];
        }

        var reason = Text(root, "reason", errors);
        if (reason is null && !errors.ContainsKey("reason"))
        {
            errors["reason"] = [Messages.FieldRequired];
        }

        var note = Text(root, "note", errors);
        return errors.Count > 0 ? throw new CrmValidationException(errors) : (items, reason!, note);
    }

    private static long? Whole(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static string? Text(JsonElement root, string name, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (!Api.JsonText.TryRead(value, out var text))
        {
            errors[name] = [Messages.NotText];
            return null;
        }

        return text;
    }
}
