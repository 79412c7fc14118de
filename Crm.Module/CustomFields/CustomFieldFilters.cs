using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Module.Validation;
using Dapper;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.CustomFields;

/// <summary>
/// List filters on custom fields: reads <c>cf.&lt;code&gt;=value</c> query parameters and builds
/// SQL conditions that any list query can add to its WHERE clause: one EXISTS per filter on the
/// value table's typed columns (so each is an index seek), every value a parameter.
/// </summary>
internal sealed class CustomFieldFilters(CustomFieldDefinitions definitions, CustomFieldSql sql)
{
    public const string QueryPrefix = "cf.";

    /// <summary>The filters in <paramref name="query"/>; an unknown code or a bad value is a validation error naming the parameter.</summary>
    public IReadOnlyList<CustomFieldFilter> Parse(CustomFieldEntity entity, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new FieldErrors();
        var filters = new List<CustomFieldFilter>();
        foreach (var (name, values) in query.Where(q => q.Key.StartsWith(QueryPrefix, StringComparison.Ordinal)).OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            var field = definitions.Find(entity, name[QueryPrefix.Length..]);
            if (field is null)
            {
                errors.Add(name, string.Format(CultureInfo.CurrentCulture, Messages.CustomFieldUnknown, entity));
                continue;
            }

            if (values.Count != 1)
            {
                errors.Add(name, Messages.CustomFieldFilterOnce);
                continue;
            }

            var value = CustomFieldValidator.Parse(field, values[0], errors, name, required: true);
            if (value is not null)
            {
                filters.Add(new CustomFieldFilter(field, value));
            }
        }

        errors.ThrowIfAny();
        return filters;
    }

    /// <summary>
    /// Conditions, one per filter, that hold when the record whose key is <paramref name="keyExpression"/>
    /// (a column of the list query, numeric or text) has the filtered values; their parameters go into <paramref name="parameters"/>.
    /// </summary>
    public IReadOnlyList<string> Conditions(CustomFieldEntity entity, string keyExpression, IReadOnlyList<CustomFieldFilter> filters, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(parameters);
        if (filters.Count == 0)
        {
            return [];
        }

        parameters.Add("cfEntity", entity.ToString());
        var key = sql.Dialect.AsText(keyExpression);
        return [.. filters.Select((filter, i) =>
        {
            var alias = "cf" + i.ToString(CultureInfo.InvariantCulture);
            var match = Match(filter.Field, filter.Value, alias, parameters, alias);
            return $"EXISTS (SELECT 1 FROM crm_custom_field_values {alias} WHERE {alias}.entity = @cfEntity AND {alias}.record_key = {key} AND {match})";
        })];
    }

    /// <summary>The condition on one value row (alias <paramref name="alias"/>) that it is <paramref name="value"/> of <paramref name="field"/>, on its typed column.</summary>
    public static string Match(DefinedField field, CustomFieldValue value, string alias, DynamicParameters parameters, string parameterPrefix)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add(parameterPrefix + "Code", field.Code);
        var condition = $"{alias}.code = @{parameterPrefix}Code AND ";
        switch (field.Field.Type)
        {
            case CustomFieldType.Number:
                parameters.Add(parameterPrefix + "Value", value.Number);
                return condition + $"{alias}.number_value = @{parameterPrefix}Value";
            case CustomFieldType.Date:
                parameters.Add(parameterPrefix + "Value", Data.DbValues.ToParameter(value.Date!.Value));
                return condition + $"{alias}.date_value = @{parameterPrefix}Value";
            default:
                // The indexed prefix narrows to a seek; the full text decides.
                var textKey = value.Text.Length > CustomFieldStore.TextKeyLength ? value.Text[..CustomFieldStore.TextKeyLength] : value.Text;
                parameters.Add(parameterPrefix + "Key", textKey);
                parameters.Add(parameterPrefix + "Value", value.Text);
                return condition + $"{alias}.text_key = @{parameterPrefix}Key AND {alias}.text_value = @{parameterPrefix}Value";
        }
    }
}
