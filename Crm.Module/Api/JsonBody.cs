using System.Globalization;
using System.Text.Json;
using Crm.Abstractions.Common;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Api;

/// <summary>
/// A request body read by the add-on itself rather than by model binding, so that malformed JSON,
/// a wrong type or a missing field becomes a 400 that names the field, never a 500 or an empty 400.
/// Collects every field error, then <see cref="ThrowIfInvalid"/> reports them together.
/// </summary>
internal sealed class JsonBody
{
    private readonly JsonElement _root;
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    private JsonBody(JsonElement root) => _root = root;

    public static async Task<JsonBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            throw new CrmValidationException("body", Messages.JsonContentType);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new JsonBody(document.RootElement.Clone())
                : throw new CrmValidationException("body", Messages.JsonNotObject);
        }
        catch (JsonException e)
        {
            throw new CrmValidationException("body", string.Format(CultureInfo.CurrentCulture, Messages.JsonInvalid, e.Message));
        }
    }

    /// <summary>A text field that may be missing or null.</summary>
    public string? OptionalString(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (!JsonText.TryRead(value, out var text))
        {
            _errors[field] = [Messages.NotText];
            return null;
        }

        return text;
    }

    /// <summary>A text field that must be present (emptiness is the service's to judge).</summary>
    public string RequiredString(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors[field] = [Messages.FieldRequired];
            return string.Empty;
        }

        return OptionalString(field) ?? string.Empty;
    }

    /// <summary>An enum field given by name (case-insensitive), missing or null allowed. Numbers are refused: names are the contract.</summary>
    public T? OptionalEnum<T>(string field)
        where T : struct, Enum
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        _errors[field] = [string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<T>()))];
        return null;
    }

    /// <summary>An enum field that must be present.</summary>
    public T RequiredEnum<T>(string field)
        where T : struct, Enum
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors[field] = [Messages.FieldRequired];
            return default;
        }

        return OptionalEnum<T>(field) ?? default;
    }

    /// <summary>A calendar date as <c>yyyy-MM-dd</c>, missing or null allowed.</summary>
    public DateOnly? OptionalDate(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _errors[field] = [Messages.DateFormat];
        return null;
    }

    /// <summary>A calendar date as <c>yyyy-MM-dd</c> that must be present.</summary>
    public DateOnly RequiredDate(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors[field] = [Messages.FieldRequired];
            return default;
        }

        return OptionalDate(field) ?? default;
    }

    /// <summary>A moment as ISO 8601 with an offset (<c>2026-11-30T09:00:00+01:00</c>), missing or null allowed.</summary>
    public DateTimeOffset? OptionalTimestamp(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        // An offset is required: a bare local time would mean different moments on different hosts.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10))
        {
            return moment;
        }

        _errors[field] = [Messages.TimestampFormat];
        return null;
    }

    /// <summary>A whole-number field, missing or null allowed.</summary>
    public int? OptionalInt(string field) =>
        _root.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? RequiredInt(field) : null;

    /// <summary>A true/false field, missing or null allowed.</summary>
    public bool? OptionalBool(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        _errors[field] = [Messages.TrueOrFalse];
        return null;
    }

    /// <summary>A whole-number field that must be present.</summary>
    public int RequiredInt(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors[field] = [Messages.FieldRequired];
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            _errors[field] = [string.Format(CultureInfo.CurrentCulture, Messages.WholeNumberRange, int.MinValue, int.MaxValue)];
            return 0;
        }

        return number;
    }

    /// <summary>Whether the body names <paramref name="field"/> at all (null included): for updates that change only what is sent.</summary>
    public bool Has(string field) => _root.TryGetProperty(field, out _);

    /// <summary>A whole-number identifier field, missing or null allowed.</summary>
    public long? OptionalLong(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            _errors[field] = [Messages.WholeNumber];
            return null;
        }

        return number;
    }

    /// <summary>A whole-number identifier field that must be present.</summary>
    public long RequiredLong(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors[field] = [Messages.FieldRequired];
            return 0;
        }

        return OptionalLong(field) ?? 0;
    }

    /// <summary>
    /// A decimal number (amounts), missing or null allowed. A JSON number or a numeric text with a
    /// dot; read as decimal, never through double, so 0.1 stays 0.1.
    /// </summary>
    public decimal? OptionalDecimal(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (JsonText.TryRead(value, out var text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        _errors[field] = [Messages.DecimalNumber];
        return null;
    }

    /// <summary>A decimal number that must be present.</summary>
    public decimal RequiredDecimal(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors[field] = [Messages.FieldRequired];
            return 0;
        }

        return OptionalDecimal(field) ?? 0;
    }

    /// <summary>A list of texts, missing or null allowed (then empty).</summary>
    public IReadOnlyList<string> StringList(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var texts = new List<string>();
            foreach (var item in value.EnumerateArray())
            {
                if (!JsonText.TryRead(item, out var text))
                {
                    _errors[field] = [Messages.TextList];
                    return [];
                }

                texts.Add(text);
            }

            return texts;
        }

        _errors[field] = [Messages.TextList];
        return [];
    }

    /// <summary>A list of whole-number identifiers, missing or null allowed (then empty).</summary>
    public IReadOnlyList<long> LongList(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out _)))
        {
            return [.. value.EnumerateArray().Select(item => item.GetInt64())];
        }

        _errors[field] = [Messages.WholeNumberList];
        return [];
    }

    /// <summary>A JSON object field that may be missing or null (e.g. <c>customFields</c>).</summary>
    public JsonElement? OptionalObject(string field, string message)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors[field] = [message];
            return null;
        }

        return value;
    }

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new CrmValidationException(_errors);
        }
    }
}
